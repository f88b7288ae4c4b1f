; Inno Setup 6 script (6.3 or newer, for x64compatible): confdesk's setup.exe for Windows.
; Compiled and tested under Wine (make dist-windows, make dist-windows-test); not yet run on
; a real Windows 10/11 machine.
;
; Built by installer/build.py (after PyInstaller has made DIST\confdesk\) with
;     ISCC.exe /DAppVersion=0.1.0 [/DDistDir=C:\...\dist] [/DCompression=lzma2/fast] installer\windows\confdesk.iss
; into DIST\confdesk-VERSION-setup.exe. Relative paths below are relative to this file's folder.
;
; Registration desks run on borrowed office laptops whose users are no administrators, so
; confdesk installs for the current user only: into %LOCALAPPDATA%\Programs\confdesk, with
; a start-menu entry of that user, and no UAC prompt.
;
; The user's data is NOT in the installation folder: databases (confdesk.sqlite, and the
; copies an upgrade saves beside them) and settings.json live in %LOCALAPPDATA%\confdesk
; (platformdirs' user data and config folder, see confdesk/paths.py). The uninstaller
; removes only what this setup installed, so it never deletes a conference's database;
; do not add that folder to [UninstallDelete].

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif
; lzma2/max for a release; tests build with lzma2/fast (5 minutes less under Wine).
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#define AppName "confdesk"
#define AppExe "confdesk.exe"
#define BundleDir DistDir + "\confdesk"

[Setup]
; The AppId identifies the installation across upgrades: never change it.
AppId={{BFC9D01F-8C3B-40FB-A280-7D9FC0E72EE0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The confdesk developers
; Per user, without administrator rights. {autopf} would be the same folder on Windows, but
; Wine 8 cannot expand it; {localappdata}\Programs works under both.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
DefaultGroupName={#AppName}
; The bundle is 64-bit (built by a 64-bit Python).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#DistDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=confdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern
; An update while confdesk is open: the setup asks to close it (after the user has
; finished the check-in at hand) instead of failing on locked files. The Restart Manager
; finds the processes that use files in {app}; a silent update closes them without asking.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
; The setup's own language follows Windows' display language (German or English).
LanguageDetectionMethod=uilanguage
ShowLanguageDialog=auto

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: libraries of the older version left beside the new
; ones could be loaded instead of them. Only the program folder, never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; confdesk.exe (the window, no console) and confdesk-cli.exe (the command line) share the
; libraries in _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python may leave nothing else in the program folder; the data folder
; %LOCALAPPDATA%\confdesk is deliberately not listed (see the top of this file).
Type: dirifempty; Name: "{app}"
