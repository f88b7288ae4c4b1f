<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../confdesk/ui/background.py" line="66"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../confdesk/ui/event_form.py" line="48"/>
        <source>e.g. Regional conference of the model projects</source>
        <translation>z. B. Regionalkonferenz der Modellprojekte</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_form.py" line="79"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_form.py" line="80"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_form.py" line="101"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_form.py" line="102"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_form.py" line="103"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_form.py" line="104"/>
        <source>Daily &amp;hours:</source>
        <translation>&amp;Tageszeiten:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_form.py" line="105"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Veranstaltungsort:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_form.py" line="106"/>
        <source>Venue &amp;address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_form.py" line="107"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_form.py" line="108"/>
        <source>Event &amp;language:</source>
        <translation>&amp;Sprache der Veranstaltung:</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../confdesk/ui/event_page.py" line="48"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_page.py" line="50"/>
        <source>Save the event and its rooms (Ctrl+S)</source>
        <translation>Veranstaltung und Räume speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_page.py" line="51"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_page.py" line="52"/>
        <source>Throw away the changes not yet saved</source>
        <translation>Noch nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_page.py" line="57"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_page.py" line="61"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_page.py" line="63"/>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_page.py" line="113"/>
        <source>{registrations} registrations: {registered} registered, {waitlisted} on the waiting list, {cancelled} cancelled.
{sessions} agenda sessions in {rooms} rooms.</source>
        <translation>{registrations} Anmeldungen: {registered} angemeldet, {waitlisted} auf der Warteliste, {cancelled} storniert.
{sessions} Programmpunkte in {rooms} Räumen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_page.py" line="163"/>
        <source>Remove rooms with sessions?</source>
        <translation>Räume mit Programmpunkten entfernen?</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event_page.py" line="165"/>
        <source>These rooms hold agenda sessions: {rooms}. The sessions keep their times but will have no room. Remove the rooms?</source>
        <translation>In diesen Räumen finden Programmpunkte statt: {rooms}. Die Programmpunkte behalten ihre Zeiten, haben dann aber keinen Raum mehr. Räume entfernen?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="61"/>
        <source>The event this desk works on</source>
        <translation>Die Veranstaltung, für die dieser Platz arbeitet</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="79"/>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="113"/>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="116"/>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="119"/>
        <source>New &amp;database…</source>
        <translation>Neue &amp;Datenbank …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="122"/>
        <source>Load the &amp;demo conference</source>
        <translation>&amp;Demo-Konferenz laden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="134"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="143"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="144"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="148"/>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="162"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="167"/>
        <source>&amp;About confdesk</source>
        <translation>Ü&amp;ber confdesk</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="180"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="199"/>
        <source>The database was upgraded; a copy of the old file is in {path}</source>
        <translation>Die Datenbank wurde aktualisiert; eine Kopie der alten Datei liegt in {path}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="209"/>
        <location filename="../../confdesk/ui/main_window.py" line="415"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="217"/>
        <location filename="../../confdesk/ui/main_window.py" line="229"/>
        <location filename="../../confdesk/ui/main_window.py" line="416"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="230"/>
        <source>{path} exists already. Choose another name, or open it instead.</source>
        <translation>{path} gibt es schon. Wählen Sie einen anderen Namen oder öffnen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="274"/>
        <source>Creating the demo conference…</source>
        <translation>Die Demo-Konferenz wird angelegt …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="286"/>
        <source>The demo conference is ready.</source>
        <translation>Die Demo-Konferenz ist bereit.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="311"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="319"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="320"/>
        <source>The event has changes that are not saved yet. Save them?</source>
        <translation>Die Veranstaltung hat Änderungen, die noch nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="383"/>
        <source>Database: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="385"/>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="394"/>
        <source>{registrations} registrations · {sessions} sessions · {rooms} rooms</source>
        <translation>{registrations} Anmeldungen · {sessions} Programmpunkte · {rooms} Räume</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="408"/>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="414"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="417"/>
        <source>Save the event</source>
        <translation>Veranstaltung speichern</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="418"/>
        <source>Add a room</source>
        <translation>Raum hinzufügen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="419"/>
        <source>Event screen</source>
        <translation>Ansicht Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="420"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="426"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="431"/>
        <source>About confdesk</source>
        <translation>Über confdesk</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/main_window.py" line="433"/>
        <source>confdesk {version}
The on-site conference desk: registrations, agenda, check-in, badges and certificates, from a database on this computer.</source>
        <translation>confdesk {version}
Der Konferenzempfang vor Ort: Anmeldungen, Programm, Check-in, Namensschilder und Teilnahmebescheinigungen – aus einer Datenbank auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../confdesk/ui/new_event_dialog.py" line="17"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <location filename="../../confdesk/ui/rooms_editor.py" line="31"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/rooms_editor.py" line="31"/>
        <source>Capacity</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/rooms_editor.py" line="31"/>
        <source>Location</source>
        <translation>Lage</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/rooms_editor.py" line="44"/>
        <source>&amp;Add room</source>
        <translation>Raum &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/rooms_editor.py" line="45"/>
        <source>Add a room (Ctrl+Shift+A)</source>
        <translation>Raum hinzufügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/rooms_editor.py" line="46"/>
        <source>&amp;Remove room</source>
        <translation>Raum &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="16"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="19"/>
        <source>The folder for {path} cannot be created.</source>
        <translation>Der Ordner für {path} kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="22"/>
        <source>{path} is not a confdesk database (it is not an SQLite file).</source>
        <translation>{path} ist keine confdesk-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="25"/>
        <source>{path} is not a confdesk database (it is an SQLite file of another program).</source>
        <translation>{path} ist keine confdesk-Datenbank (es ist die SQLite-Datei eines anderen Programms).</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="29"/>
        <source>{path} is damaged: it has no schema version.</source>
        <translation>{path} ist beschädigt: Die Schema-Version fehlt.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="32"/>
        <source>{path} was written by a newer version of confdesk (schema {revision}); update confdesk to open it.</source>
        <translation>{path} wurde von einer neueren confdesk-Version geschrieben (Schema {revision}); aktualisieren Sie confdesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="37"/>
        <source>{path} is locked by another program; close it there or wait, then try again.</source>
        <translation>{path} ist von einem anderen Programm gesperrt; schließen Sie sie dort oder warten Sie kurz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="41"/>
        <source>{path} is read-only; confdesk needs to write to it.</source>
        <translation>{path} ist schreibgeschützt; confdesk muss hineinschreiben können.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="44"/>
        <source>{path} cannot be opened; check that its folder is writable.</source>
        <translation>{path} lässt sich nicht öffnen; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="47"/>
        <source>{path} is not a confdesk database (the SQLite file is damaged).</source>
        <translation>{path} ist keine confdesk-Datenbank (die SQLite-Datei ist beschädigt).</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="50"/>
        <source>The event needs a title.</source>
        <translation>Die Veranstaltung braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="51"/>
        <source>The event cannot end before it starts.</source>
        <translation>Die Veranstaltung kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="54"/>
        <source>The day must end after it starts.</source>
        <translation>Der Tag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="57"/>
        <source>“{timezone}” is not a known time zone.</source>
        <translation>„{timezone}“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="60"/>
        <source>The event language must be German or English.</source>
        <translation>Die Sprache der Veranstaltung muss Deutsch oder Englisch sein.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="63"/>
        <source>Every room needs a name.</source>
        <translation>Jeder Raum braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="64"/>
        <source>There are two rooms called “{room}”.</source>
        <translation>Es gibt zwei Räume mit dem Namen „{room}“.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="67"/>
        <source>The capacity of “{room}” cannot be negative.</source>
        <translation>Die Platzzahl von „{room}“ kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="70"/>
        <source>The capacity of “{room}” must be a whole number.</source>
        <translation>Die Platzzahl von „{room}“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/messages.py" line="73"/>
        <source>This event no longer exists in the database.</source>
        <translation>Diese Veranstaltung gibt es in der Datenbank nicht mehr.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../confdesk/ui/welcome_page.py" line="29"/>
        <source>&amp;Create an event…</source>
        <translation>Veranstaltung &amp;anlegen …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/welcome_page.py" line="30"/>
        <source>&amp;Load the demo conference</source>
        <translation>&amp;Demo-Konferenz laden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/welcome_page.py" line="31"/>
        <source>&amp;Open another database…</source>
        <translation>Andere Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/welcome_page.py" line="32"/>
        <source>Start a &amp;new database…</source>
        <translation>&amp;Neue Datenbank beginnen …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/welcome_page.py" line="63"/>
        <source>Welcome to confdesk</source>
        <translation>Willkommen bei confdesk</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/welcome_page.py" line="66"/>
        <source>The database {name} holds no event yet. Create your event, or load the demo conference to look around first.</source>
        <translation>Die Datenbank {name} enthält noch keine Veranstaltung. Legen Sie Ihre Veranstaltung an oder laden Sie zuerst die Demo-Konferenz, um sich umzusehen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/welcome_page.py" line="74"/>
        <source>The database could not be opened</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
</context>
</TS>
