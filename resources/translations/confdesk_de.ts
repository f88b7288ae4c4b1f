<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgendaConflict</name>
    <message>
        <location filename="../../confdesk/ui/agenda/words.py" line="15"/>
        <source>“{first}” and “{second}” overlap in {room}.</source>
        <translation>„{first}“ und „{second}“ überschneiden sich in {room}.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/words.py" line="18"/>
        <source>“{first}” and “{second}” overlap in all rooms.</source>
        <translation>„{first}“ und „{second}“ überschneiden sich (alle Räume).</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/words.py" line="21"/>
        <source>{name} is on the programme of “{first}” and “{second}” at once.</source>
        <translation>{name} ist gleichzeitig in „{first}“ und „{second}“ eingeplant.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/words.py" line="24"/>
        <source>“{title}” lies outside the event&apos;s days.</source>
        <translation>„{title}“ liegt außerhalb der Veranstaltungstage.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/words.py" line="27"/>
        <source>“{title}” lies outside the event&apos;s hours.</source>
        <translation>„{title}“ liegt außerhalb der Veranstaltungszeiten.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/words.py" line="30"/>
        <source>“{title}” has {seated} sign-ups for {capacity} seats.</source>
        <translation>„{title}“ hat {seated} Anmeldungen für {capacity} Plätze.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/words.py" line="33"/>
        <source>{name} is signed up for “{first}” and “{second}”, which run in parallel.</source>
        <translation>{name} ist für „{first}“ und „{second}“ angemeldet, die parallel laufen.</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="66"/>
        <source>For everybody (spans all rooms)</source>
        <translation>Für alle (belegt alle Räume)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="70"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="73"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="74"/>
        <source>Sign-up required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="86"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="87"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="91"/>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="93"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="98"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="99"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="100"/>
        <source>&amp;Day:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="105"/>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="106"/>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="108"/>
        <source>T&amp;opic:</source>
        <translation>Th&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="109"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="110"/>
        <source>Workshop r&amp;ound:</source>
        <translation>Workshop-R&amp;unde:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="112"/>
        <source>D&amp;escription:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="123"/>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="149"/>
        <source>No room (off site)</source>
        <translation>Kein Raum (außer Haus)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="153"/>
        <source>No topic</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="166"/>
        <source>Select a session, or drag in the grid to make one.</source>
        <translation>Wählen Sie einen Programmpunkt, oder ziehen Sie im Raster einen neuen auf.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/editor.py" line="217"/>
        <source>Choose a registered person from the list.</source>
        <translation>Wählen Sie eine angemeldete Person aus der Liste.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="250"/>
        <source>Session</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="251"/>
        <location filename="../../confdesk/ui/agenda/page.py" line="886"/>
        <source>Sign-ups</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="252"/>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="258"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="258"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="258"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="258"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="264"/>
        <source>Colour by kind</source>
        <translation>Farbe nach Art</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="265"/>
        <source>Colour by topic</source>
        <translation>Farbe nach Thema</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="272"/>
        <source>This event has no rooms yet, so every session lands in “No room”. Rooms are added on the Event screen.</source>
        <translation>Diese Veranstaltung hat noch keine Räume, darum steht jeder Programmpunkt unter „Kein Raum“. Räume legen Sie auf der Seite Veranstaltung an.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="277"/>
        <source>Add rooms…</source>
        <translation>Räume anlegen…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="278"/>
        <source>Open the event&apos;s rooms with a new row</source>
        <translation>Öffnet die Räume der Veranstaltung mit einer neuen Zeile</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="287"/>
        <location filename="../../confdesk/ui/agenda/page.py" line="773"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="288"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="291"/>
        <location filename="../../confdesk/ui/agenda/page.py" line="812"/>
        <location filename="../../confdesk/ui/agenda/page.py" line="859"/>
        <source>New session</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="293"/>
        <source>New break for all rooms</source>
        <translation>Neue Pause für alle Räume</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="295"/>
        <source>Assign workshop places…</source>
        <translation>Workshop-Plätze zuteilen…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="297"/>
        <source>Give workshop places from people&apos;s ranked wishes, after a preview</source>
        <translation>Workshop-Plätze nach den gereihten Wünschen zuteilen, mit Vorschau</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="310"/>
        <source>Side panel</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="312"/>
        <source>Show or hide the session&apos;s details, the sign-ups, the rounds and the list</source>
        <translation>Details des Programmpunkts, Anmeldungen, Runden und Liste ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="319"/>
        <source>Print and export</source>
        <translation>Drucken und exportieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="322"/>
        <source>Programme (PDF)…</source>
        <translation>Programm (PDF)…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="323"/>
        <source>Calendar file (iCalendar)…</source>
        <translation>Kalenderdatei (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="324"/>
        <source>Door signs (PDF)…</source>
        <translation>Türschilder (PDF)…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="325"/>
        <source>Participant lists (PDF)…</source>
        <translation>Teilnehmendenlisten (PDF)…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="355"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="562"/>
        <location filename="../../confdesk/ui/agenda/page.py" line="611"/>
        <source>No room</source>
        <translation>Kein Raum</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="583"/>
        <source>other sessions: by kind</source>
        <translation>übrige Programmpunkte: nach Art</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="593"/>
        <source>Legend:</source>
        <translation>Legende:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="594"/>
        <source>&lt;span style=&apos;color:#C92A2A&apos;&gt;⚠ dashed red outline: conflict&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#C92A2A&apos;&gt;⚠ rot gestrichelter Rand: Konflikt&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="610"/>
        <source>all rooms</source>
        <translation>alle Räume</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="634"/>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="633"/>
        <source>Conflicts: {count}</source>
        <translation>Konflikte: {count}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="730"/>
        <location filename="../../confdesk/ui/agenda/page.py" line="934"/>
        <location filename="../../confdesk/ui/agenda/page.py" line="939"/>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="768"/>
        <source>Assign workshop places</source>
        <translation>Workshop-Plätze zuteilen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="702"/>
        <source>Move “{title}”</source>
        <translation>„{title}“ verschieben</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="703"/>
        <source>Move “{title}” to {day}</source>
        <translation>„{title}“ auf {day} verschieben</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="704"/>
        <source>Resize “{title}”</source>
        <translation>Dauer von „{title}“ ändern</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="705"/>
        <source>Edit “{title}”</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="706"/>
        <source>New session “{title}”</source>
        <translation>Neuer Programmpunkt „{title}“</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="707"/>
        <source>Delete “{title}”</source>
        <translation>„{title}“ löschen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="895"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="896"/>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="897"/>
        <source>Door signs</source>
        <translation>Türschilder</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="898"/>
        <source>Participant lists</source>
        <translation>Teilnehmendenlisten</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="927"/>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/page.py" line="935"/>
        <source>Written to {path}.</source>
        <translation>Gespeichert in {path}.</translation>
    </message>
</context>
<context>
    <name>AssignPlacesDialog</name>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="45"/>
        <source>Assign workshop places</source>
        <translation>Workshop-Plätze zuteilen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="52"/>
        <source>All rounds</source>
        <translation>Alle Runden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="55"/>
        <source>Round {number}</source>
        <translation>Runde {number}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="58"/>
        <source>People already seated may move to another of their wishes</source>
        <translation>Wer schon einen Platz hat, darf zu einem anderen Wunsch wechseln</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="62"/>
        <source>Places go first to as many people as possible, then so that the worst choice anyone gets is as good as possible, then to as many good choices as possible. Whoever gets no place joins the waiting list of their first choice.</source>
        <translation>Die Plätze gehen zuerst an so viele Personen wie möglich, dann so, dass der schlechteste Wunsch, den jemand bekommt, so gut wie möglich ist, dann an möglichst viele gute Wünsche. Wer keinen Platz bekommt, kommt auf die Warteliste des Erstwunschs.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="70"/>
        <source>Round / person</source>
        <translation>Runde / Person</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="70"/>
        <source>1st choice</source>
        <translation>1. Wunsch</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="70"/>
        <source>2nd choice</source>
        <translation>2. Wunsch</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="71"/>
        <source>3rd choice</source>
        <translation>3. Wunsch</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="71"/>
        <source>No place</source>
        <translation>Kein Platz</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="82"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="86"/>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="121"/>
        <source>There are no workshop rounds yet.</source>
        <translation>Es gibt noch keine Workshop-Runden.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="127"/>
        <source>Applying gives {placed} new places and puts {waiting} people on waiting lists.</source>
        <translation>Übernehmen vergibt {placed} neue Plätze und setzt {waiting} Personen auf Wartelisten.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="132"/>
        <source>Nothing to change: everyone with wishes is placed or waiting.</source>
        <translation>Nichts zu ändern: Alle mit Wünschen haben einen Platz oder stehen auf der Warteliste.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="139"/>
        <source>Round {number}: {wishing} with wishes</source>
        <translation>Runde {number}: {wishing} mit Wünschen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="149"/>
        <source>{placed} newly placed ({moved} moved), {kept} keep their seat</source>
        <translation>{placed} neu platziert ({moved} gewechselt), {kept} behalten ihren Platz</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/assign_places.py" line="158"/>
        <source>{name} — no place, waits for “{title}”</source>
        <translation>{name} — kein Platz, wartet auf „{title}“</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../confdesk/ui/shell/background.py" line="138"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BadgeStation</name>
    <message>
        <location filename="../../confdesk/ui/checkin/badge_station.py" line="209"/>
        <source>an unexpected error</source>
        <translation>ein unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>BadgeStrip</name>
    <message>
        <location filename="../../confdesk/ui/checkin/badge_strip.py" line="42"/>
        <source>Badges print at check-in on {printer}.</source>
        <translation>Namensschilder werden beim Einchecken auf {printer} gedruckt.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/badge_strip.py" line="48"/>
        <source>No badge printer is chosen: choose one in the desk settings.</source>
        <translation>Kein Drucker für Namensschilder gewählt: in den Einstellungen des Platzes einen wählen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/badge_strip.py" line="53"/>
        <source>Printing the badge for {name}…</source>
        <translation>Namensschild für {name} wird gedruckt …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/badge_strip.py" line="55"/>
        <source>{count} more waiting.</source>
        <translation>{count} weitere warten.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/badge_strip.py" line="60"/>
        <source>Badge printed for {name}.</source>
        <translation>Namensschild für {name} gedruckt.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/badge_strip.py" line="62"/>
        <source>It is not recorded as printed: {reason}</source>
        <translation>Es ist nicht als gedruckt vermerkt: {reason}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/badge_strip.py" line="82"/>
        <source>Badge NOT printed for {name}: {reason}</source>
        <translation>Namensschild für {name} NICHT gedruckt: {reason}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/badge_strip.py" line="85"/>
        <source>Reprint from Recent scans: right-click, or select and Ctrl+Shift+P.</source>
        <translation>Neu drucken unter „Letzte Scans“: Rechtsklick, oder auswählen und Strg+Umschalt+P.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../confdesk/ui/checkin/camera_scanner.py" line="136"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/camera_scanner.py" line="137"/>
        <source>Start camera</source>
        <translation>Kamera starten</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/camera_scanner.py" line="138"/>
        <source>Stop camera</source>
        <translation>Kamera stoppen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/camera_scanner.py" line="177"/>
        <source>The camera cannot be used: the multimedia libraries are missing on this computer. Use the scanner or the search.</source>
        <translation>Die Kamera kann nicht genutzt werden: Auf diesem Computer fehlen die Multimedia-Bibliotheken. Nutzen Sie den Scanner oder die Suche.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/camera_scanner.py" line="180"/>
        <source>No camera found — use the scanner or the search.</source>
        <translation>Keine Kamera gefunden – nutzen Sie den Scanner oder die Suche.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/camera_scanner.py" line="181"/>
        <source>The camera is off. Start it to scan badges with it.</source>
        <translation>Die Kamera ist aus. Starten Sie sie, um Namensschilder damit zu scannen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/camera_scanner.py" line="182"/>
        <source>Hold the badge&apos;s QR code in front of the camera.</source>
        <translation>Halten Sie den QR-Code des Namensschilds vor die Kamera.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/camera_scanner.py" line="184"/>
        <source>confdesk may not use the camera. Allow it in the system settings, or use the scanner or the search.</source>
        <translation>confdesk darf die Kamera nicht nutzen. Erlauben Sie es in den Systemeinstellungen, oder nutzen Sie den Scanner oder die Suche.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/camera_scanner.py" line="188"/>
        <source>The camera stopped ({error}). Start it again, or use the scanner or the search.</source>
        <translation>Die Kamera ist ausgefallen ({error}). Starten Sie sie neu, oder nutzen Sie den Scanner oder die Suche.</translation>
    </message>
</context>
<context>
    <name>CertificateCheckDialog</name>
    <message>
        <location filename="../../confdesk/ui/printing/certificate_check_dialog.py" line="41"/>
        <source>Check a certificate</source>
        <translation>Bescheinigung prüfen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/certificate_check_dialog.py" line="49"/>
        <source>Type the verification code printed on a certificate of attendance. It is checked against this event&apos;s attendance records.</source>
        <translation>Geben Sie den Prüfcode ein, der auf einer Teilnahmebescheinigung steht. Er wird mit den Anwesenheitsdaten dieser Veranstaltung abgeglichen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/certificate_check_dialog.py" line="55"/>
        <source>e.g. 7K2M-Q9XD-4HPT-B3NW</source>
        <translation>z. B. 7K2M-Q9XD-4HPT-B3NW</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/certificate_check_dialog.py" line="57"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/certificate_check_dialog.py" line="86"/>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/certificate_check_dialog.py" line="105"/>
        <source>✘ Not a certificate of this event</source>
        <translation>✘ Keine Bescheinigung dieser Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/certificate_check_dialog.py" line="107"/>
        <source>No certificate issued from this database carries this code, or the person&apos;s attendance has changed since it was printed.</source>
        <translation>Keine aus dieser Datenbank ausgestellte Bescheinigung trägt diesen Code – oder die Anwesenheit der Person hat sich seit dem Druck geändert.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/certificate_check_dialog.py" line="129"/>
        <source>1 session, {hours} hours in all</source>
        <translation>1 Programmpunkt, insgesamt {hours} Stunden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/certificate_check_dialog.py" line="131"/>
        <source>{count} sessions, {hours} hours in all</source>
        <translation>{count} Programmpunkte, insgesamt {hours} Stunden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/certificate_check_dialog.py" line="139"/>
        <source>✔ Genuine</source>
        <translation>✔ Echt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/certificate_check_dialog.py" line="146"/>
        <source>✘ Not a certificate code</source>
        <translation>✘ Kein Prüfcode</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="166"/>
        <source>Check in at the venue entrance, or at the door of one session</source>
        <translation>Einlass am Eingang des Veranstaltungsorts oder an der Tür einer Programmeinheit</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="168"/>
        <source>Check &amp;out</source>
        <translation>Aus&amp;checken</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="169"/>
        <source>Scans check people out as they leave</source>
        <translation>Scans checken Personen beim Gehen aus</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="171"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="175"/>
        <source>This desk&apos;s name and scanner settings</source>
        <translation>Name dieses Platzes und Einstellungen des Scanners</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="176"/>
        <source>&amp;Sound</source>
        <translation>&amp;Ton</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="178"/>
        <source>A distinct sound for accepted, already checked in and rejected</source>
        <translation>Ein eigener Ton für angenommen, bereits eingecheckt und abgelehnt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="204"/>
        <source>Find by name, organization or e-mail — Enter checks in (Ctrl+F)</source>
        <translation>Nach Name, Organisation oder E-Mail suchen – Eingabe checkt ein (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="226"/>
        <source>Check &amp;in selected</source>
        <translation>Auswahl &amp;einchecken</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="227"/>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Spontananmeldung…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="229"/>
        <source>Register someone who is not on the list and check them in (Ctrl+Shift+W)</source>
        <translation>Jemanden anmelden, der nicht auf der Liste steht, und gleich einchecken (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="231"/>
        <source>&amp;Undo last</source>
        <translation>Letzten zu&amp;rücknehmen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="232"/>
        <source>Take back the last check-in or check-out (Ctrl+Z)</source>
        <translation>Den letzten Check-in oder Check-out zurücknehmen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="234"/>
        <source>Print &amp;badge…</source>
        <translation>&amp;Namensschild drucken…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="235"/>
        <source>Print a badge for the person shown (Ctrl+P)</source>
        <translation>Ein Namensschild für die angezeigte Person drucken (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="276"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="278"/>
        <source>O&amp;perator:</source>
        <translation>&amp;Bedienung:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="307"/>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="314"/>
        <source>Recent scans</source>
        <translation>Letzte Scans</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="423"/>
        <source>Scans not recorded yet</source>
        <translation>Scans noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="425"/>
        <source>Scans not recorded yet: {count}. They wait until the database can be written again; closing now loses them (write the names down). Close anyway?</source>
        <translation>Noch nicht gespeicherte Scans: {count}. Sie warten, bis die Datenbank wieder beschrieben werden kann; wer jetzt schließt, verliert sie (Namen notieren). Trotzdem schließen?</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="529"/>
        <source>Desk: {desk}</source>
        <translation>Platz: {desk}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="529"/>
        <source>Name this desk…</source>
        <translation>Diesen Platz benennen…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="546"/>
        <source>Venue entrance</source>
        <translation>Haupteingang</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="658"/>
        <source>Nothing was recorded: an unexpected error. Scan again.</source>
        <translation>Nichts wurde gespeichert: ein unerwarteter Fehler. Bitte erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="700"/>
        <source>{name} — waiting</source>
        <translation>{name} — wartet</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="701"/>
        <source>Waiting to be recorded: {reason}</source>
        <translation>Wartet auf Speicherung: {reason}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="716"/>
        <source>(name not known)</source>
        <translation>(Name unbekannt)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="728"/>
        <source>Recorded later: {answer}</source>
        <translation>Später gespeichert: {answer}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="754"/>
        <source>1 scan waiting to be recorded — {reason}</source>
        <translation>1 Scan wartet auf Speicherung — {reason}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="756"/>
        <source>{count} scans waiting to be recorded — {reason}</source>
        <translation>{count} Scans warten auf Speicherung — {reason}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="771"/>
        <source>What this desk had recorded is saved in {path}.</source>
        <translation>Was dieser Platz gespeichert hatte, ist in {path} gesichert.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="775"/>
        <source>{count} waiting scans were lost: {names}.</source>
        <translation>{count} wartende Scans gingen verloren: {names}.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="787"/>
        <source>Nothing scanned here is recorded now. Write names down on paper.</source>
        <translation>Was hier gescannt wird, wird jetzt nicht gespeichert. Schreiben Sie die Namen auf Papier.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="804"/>
        <source>The list cannot be read from the database file: {reason}</source>
        <translation>Die Liste kann nicht aus der Datenbankdatei gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="860"/>
        <source>&amp;Reprint badge</source>
        <translation>Namensschild &amp;neu drucken</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="866"/>
        <source>Choose a badge printer in the desk settings first</source>
        <translation>Zuerst in den Einstellungen des Platzes einen Drucker für Namensschilder wählen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="904"/>
        <source>Badge NOT printed: {reason}</source>
        <translation>Namensschild NICHT gedruckt: {reason}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="906"/>
        <source>Badge printed</source>
        <translation>Namensschild gedruckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="908"/>
        <source>Badge printing</source>
        <translation>Namensschild wird gedruckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="985"/>
        <source>Undone</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="1002"/>
        <source>{arrived} of {expected} checked in</source>
        <translation>{arrived} von {expected} eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="1015"/>
        <source>{arrived} of {expected}</source>
        <translation>{arrived} von {expected}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/page.py" line="1022"/>
        <source>Arrivals in the last 15 minutes: {count}</source>
        <translation>Ankünfte in den letzten 15 Minuten: {count}</translation>
    </message>
</context>
<context>
    <name>CheckinResult</name>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="50"/>
        <source>Welcome — checked in</source>
        <translation>Willkommen – eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="51"/>
        <source>Already checked in</source>
        <translation>Bereits eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="54"/>
        <source>Rejected: registration cancelled</source>
        <translation>Abgelehnt: Anmeldung storniert</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="57"/>
        <source>Rejected: on the waiting list</source>
        <translation>Abgelehnt: auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="60"/>
        <source>Rejected: not registered here</source>
        <translation>Abgelehnt: hier nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="63"/>
        <source>Rejected: not a valid code</source>
        <translation>Abgelehnt: kein gültiger Code</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="66"/>
        <source>Rejected: old badge, a new one was issued</source>
        <translation>Abgelehnt: altes Namensschild, ein neues wurde ausgestellt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="69"/>
        <source>Rejected: badge of another event</source>
        <translation>Abgelehnt: Namensschild einer anderen Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="72"/>
        <source>Checked out</source>
        <translation>Ausgecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="73"/>
        <source>Not checked in</source>
        <translation>Nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="80"/>
        <source>Ask the person; an organiser can reinstate the registration.</source>
        <translation>Bitte nachfragen; das Orga-Team kann die Anmeldung wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="83"/>
        <source>Ask an organiser whether a place is free to promote the person.</source>
        <translation>Beim Orga-Team nachfragen, ob ein Platz frei ist, um die Person nachrücken zu lassen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="86"/>
        <source>The code is genuine, but this desk&apos;s file does not hold the registration yet. Search the name or register a walk-in.</source>
        <translation>Der Code ist echt, aber die Datei dieses Platzes kennt die Anmeldung noch nicht. Namen suchen oder spontan anmelden.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="91"/>
        <source>Scan again, or search the name; the code may be damaged or forged.</source>
        <translation>Erneut scannen oder den Namen suchen; der Code ist vielleicht beschädigt oder gefälscht.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="94"/>
        <source>This badge was replaced (lost badge). Ask for the new badge.</source>
        <translation>Dieses Namensschild wurde ersetzt (verloren). Nach dem neuen Namensschild fragen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="97"/>
        <source>This badge belongs to another conference.</source>
        <translation>Dieses Namensschild gehört zu einer anderen Konferenz.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="106"/>
        <source>NOT recorded: the disk is full</source>
        <translation>NICHT gespeichert: Der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="109"/>
        <source>NOT recorded: the database file is read-only</source>
        <translation>NICHT gespeichert: Die Datenbankdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="112"/>
        <source>NOT recorded: another program holds the database</source>
        <translation>NICHT gespeichert: Ein anderes Programm blockiert die Datenbank</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="115"/>
        <source>NOT recorded: the disk reports an input/output error</source>
        <translation>NICHT gespeichert: Der Datenträger meldet einen Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="118"/>
        <source>NOT recorded: the database file is damaged</source>
        <translation>NICHT gespeichert: Die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="121"/>
        <source>NOT recorded: the database file was moved or deleted</source>
        <translation>NICHT gespeichert: Die Datenbankdatei wurde verschoben oder gelöscht</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="130"/>
        <source>Free some space on this computer&apos;s disk (empty the wastebasket, move files). The scan is stored by itself as soon as there is room.</source>
        <translation>Schaffen Sie Platz auf dem Datenträger dieses Rechners (Papierkorb leeren, Dateien verschieben). Der Scan wird von selbst gespeichert, sobald Platz ist.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="135"/>
        <source>The drive or file cannot be written. Make it writable again (a USB stick&apos;s lock switch, a network drive&apos;s rights); the scan is stored by itself then. Otherwise copy the file to a writable folder and open the copy.</source>
        <translation>Laufwerk oder Datei sind nicht beschreibbar. Machen Sie sie wieder beschreibbar (Schreibschutzschalter des USB-Sticks, Rechte des Netzlaufwerks); dann wird der Scan von selbst gespeichert. Sonst die Datei in einen beschreibbaren Ordner kopieren und die Kopie öffnen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="141"/>
        <source>Another program (a second confdesk, a backup or sync tool, a database viewer) holds the file. Close it there; the scan is stored by itself then.</source>
        <translation>Ein anderes Programm (ein zweites confdesk, ein Sicherungs- oder Sync-Werkzeug, ein Datenbank-Betrachter) blockiert die Datei. Schließen Sie es dort; dann wird der Scan von selbst gespeichert.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="146"/>
        <source>Check the drive and its cable or connection. confdesk keeps trying; if this stays, write the name down and restart from a backup.</source>
        <translation>Prüfen Sie das Laufwerk und sein Kabel bzw. seine Verbindung. confdesk versucht es weiter; bleibt der Fehler, den Namen notieren und mit einer Sicherung neu beginnen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="151"/>
        <source>Check-in at this desk has stopped. Write names down on paper; an organiser restores the newest backup (File → Open offers it).</source>
        <translation>Der Check-in an diesem Platz ist angehalten. Namen auf Papier notieren; die Organisation stellt die neueste Sicherung wieder her (Datei → Öffnen bietet sie an).</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="156"/>
        <source>Check-in at this desk has stopped. Write names down on paper; an organiser opens the file again (or the rescue copy).</source>
        <translation>Der Check-in an diesem Platz ist angehalten. Namen auf Papier notieren; die Organisation öffnet die Datei erneut (oder die Rettungskopie).</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="167"/>
        <source>Speaker: speaker badge; show the way to the green room.</source>
        <translation>Referent/in: Referentenschild; den Weg zum Referentenraum zeigen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="170"/>
        <source>Moderator: show the way to the green room.</source>
        <translation>Moderation: den Weg zum Referentenraum zeigen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="173"/>
        <source>Exhibitor: stand information at the exhibitors&apos; desk.</source>
        <translation>Aussteller/in: Standinformationen am Ausstellertisch.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="176"/>
        <source>Press: press kit and the photo rules.</source>
        <translation>Presse: Pressemappe und Hinweise zum Fotografieren.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="179"/>
        <source>Staff: staff lanyard.</source>
        <translation>Team: Team-Band aushändigen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="180"/>
        <source>Guest: let the organisers know.</source>
        <translation>Gast: dem Orga-Team Bescheid geben.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="52"/>
        <source>&amp;Report…</source>
        <translation>&amp;Auswertung…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="55"/>
        <source>Save the post-event report as PDF or Excel workbook: only totals, no names, so it can be passed on</source>
        <translation>Die Auswertung der Veranstaltung als PDF oder Excel-Arbeitsmappe speichern: nur Summen, keine Namen, darf weitergegeben werden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="59"/>
        <source>F&amp;ull screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="62"/>
        <source>The dashboard alone, for a second monitor or a projector ({key}); Esc leaves</source>
        <translation>Nur das Dashboard, für einen zweiten Bildschirm oder einen Beamer ({key}); Esc beendet</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="115"/>
        <source>As of {time}; follows every check-in.</source>
        <translation>Stand: {time} Uhr; folgt jedem Check-in.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="121"/>
        <source>The figures could not be read: {reason}</source>
        <translation>Die Zahlen konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="161"/>
        <source>Report-{event}.pdf</source>
        <translation>Auswertung-{event}.pdf</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="161"/>
        <source>Report.pdf</source>
        <translation>Auswertung.pdf</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="164"/>
        <source>Save the report (only totals, no names)</source>
        <translation>Auswertung speichern (nur Summen, keine Namen)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="166"/>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="181"/>
        <source>Writing the report…</source>
        <translation>Die Auswertung wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="191"/>
        <source>Report saved</source>
        <translation>Auswertung gespeichert</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="193"/>
        <source>The report is saved as
{path}

It holds only totals — registrations, attendance, the groups, the sessions, the arrivals — and no names, e-mail addresses or organisations, so it may be passed on.</source>
        <translation>Die Auswertung ist gespeichert als
{path}

Sie enthält nur Summen – Anmeldungen, Anwesenheit, die Gruppen, die Programmpunkte, die Ankünfte – und keine Namen, E-Mail-Adressen oder Organisationen; sie darf weitergegeben werden.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="201"/>
        <location filename="../../confdesk/ui/dashboard/page.py" line="205"/>
        <source>Report</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/page.py" line="206"/>
        <source>The report could not be written: {reason}</source>
        <translation>Die Auswertung konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="70"/>
        <location filename="../../confdesk/ui/dashboard/view.py" line="78"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="71"/>
        <location filename="../../confdesk/ui/dashboard/view.py" line="78"/>
        <source>Not (yet) come</source>
        <translation>(Noch) nicht da</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="72"/>
        <source>Walk-ins</source>
        <translation>Ohne Voranmeldung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="74"/>
        <source>Busiest {minutes} minutes</source>
        <translation>Stärkste {minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="80"/>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="81"/>
        <source>Checked in so far</source>
        <translation>Bisher eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="82"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="83"/>
        <source>Per {minutes} minutes</source>
        <translation>je {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="86"/>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="87"/>
        <source>By kind of organisation</source>
        <translation>Nach Art der Organisation</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="88"/>
        <source>By federal state</source>
        <translation>Nach Bundesland</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="89"/>
        <source>Funded and not funded</source>
        <translation>Nach Förderung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="93"/>
        <source>Sessions: checked in at the door now</source>
        <translation>Programmpunkte: jetzt an der Tür eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="94"/>
        <source>Nobody has been checked in yet.</source>
        <translation>Noch niemand eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="139"/>
        <source>of {registered} registered ({share})</source>
        <translation>von {registered} Angemeldeten ({share})</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="146"/>
        <source>{share} of the registered</source>
        <translation>{share} der Angemeldeten</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="150"/>
        <source>registered on site</source>
        <translation>vor Ort angemeldet</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="154"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="160"/>
        <source>from {time}</source>
        <translation>ab {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="183"/>
        <location filename="../../confdesk/ui/dashboard/view.py" line="186"/>
        <location filename="../../confdesk/ui/dashboard/view.py" line="189"/>
        <source>not stated</source>
        <translation>ohne Angabe</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="193"/>
        <source>Not funded</source>
        <translation>Nicht gefördert</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/view.py" line="195"/>
        <source>Funded (no cohort)</source>
        <translation>Gefördert (ohne Staffel)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../confdesk/ui/shell/widgets/date_field.py" line="61"/>
        <source>Choose from a calendar</source>
        <translation>Im Kalender wählen</translation>
    </message>
</context>
<context>
    <name>DeskPanel</name>
    <message>
        <location filename="../../confdesk/ui/desks/desk_panel.py" line="67"/>
        <source>Desk</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desk_panel.py" line="68"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desk_panel.py" line="69"/>
        <source>Records still to reach it</source>
        <translation>Noch zu übermitteln</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desk_panel.py" line="70"/>
        <source>Waiting here</source>
        <translation>Wartet hier</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desk_panel.py" line="75"/>
        <source>Records still to reach it: what this desk recorded that the other desk had not received at the last contact, or recorded since.
Waiting here: records the other desk sent that wait for something this desk does not hold yet.</source>
        <translation>Noch zu übermitteln: was dieser Platz erfasst hat und der andere Platz beim letzten Kontakt noch nicht hatte, oder was seitdem erfasst wurde.
Wartet hier: Einträge des anderen Platzes, die auf etwas warten, das dieser Platz noch nicht hat.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desk_panel.py" line="89"/>
        <source>No other desk heard from yet. Make a desk copy for another desk (File → Desk copy for another desk…), or import a sync file from one.</source>
        <translation>Von keinem anderen Platz bisher etwas gehört. Erstellen Sie eine Platzkopie für einen weiteren Platz (Datei → Platzkopie für einen weiteren Platz…) oder lesen Sie eine Sync-Datei eines anderen Platzes ein.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desk_panel.py" line="102"/>
        <source>This desk: {desk}</source>
        <translation>Dieser Platz: {desk}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desk_panel.py" line="102"/>
        <source>not named yet</source>
        <translation>noch ohne Namen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desk_panel.py" line="105"/>
        <source>Last sync file written: {when}</source>
        <translation>Letzte Sync-Datei geschrieben: {when}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desk_panel.py" line="109"/>
        <source>No sync file written at this desk yet.</source>
        <translation>An diesem Platz wurde noch keine Sync-Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desk_panel.py" line="117"/>
        <source>Unnamed desk ({id})</source>
        <translation>Platz ohne Namen ({id})</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="70"/>
        <source>Desk settings</source>
        <translation>Einstellungen des Platzes</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="77"/>
        <source>Desk 1</source>
        <translation>Platz 1</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="77"/>
        <source>Desk 2</source>
        <translation>Platz 2</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="77"/>
        <source>Entrance</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="77"/>
        <source>Entrance North</source>
        <translation>Eingang Nord</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="86"/>
        <source>Check-ins from this laptop are recorded under it</source>
        <translation>Check-ins von diesem Laptop werden unter diesem Namen gespeichert</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="93"/>
        <source>Scan any badge here</source>
        <translation>Hier ein beliebiges Namensschild scannen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="96"/>
        <source>Scan a badge into the field to measure your scanner and set the gap.</source>
        <translation>Scannen Sie ein Namensschild in das Feld, um Ihren Scanner zu messen und den Abstand einzustellen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="106"/>
        <source>&amp;Desk name:</source>
        <translation>&amp;Name des Platzes:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="110"/>
        <source>Keyboard-mode scanner</source>
        <translation>Scanner im Tastaturmodus</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="113"/>
        <source>Keys that come closer together than this are one scan; slower keys are typing. Wired scanners need the default of 40 ms; some Bluetooth scanners need more.</source>
        <translation>Tasten, die dichter aufeinander folgen, sind ein Scan; langsamere Tasten sind Tippen. Scanner mit Kabel brauchen die Voreinstellung von 40 ms, manche Bluetooth-Scanner mehr.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="121"/>
        <source>Longest &amp;gap between keys:</source>
        <translation>Größter &amp;Abstand zwischen Tasten:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="124"/>
        <source>&amp;Test scan:</source>
        <translation>&amp;Test-Scan:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="150"/>
        <source>Badge station</source>
        <translation>Namensschild-Station</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="151"/>
        <source>&amp;Print the badge at each check-in</source>
        <translation>Namensschild bei jedem Einchecken &amp;drucken</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="154"/>
        <source>Every person checked in at the venue (walk-ins too) gets their badge from this desk&apos;s printer at once</source>
        <translation>Jede Person, die am Eingang eincheckt (auch Spontananmeldungen), bekommt ihr Namensschild sofort aus dem Drucker dieses Platzes</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="160"/>
        <source>(no printer)</source>
        <translation>(kein Drucker)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="166"/>
        <source>{printer} (not found)</source>
        <translation>{printer} (nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="182"/>
        <source>Badge p&amp;rinter:</source>
        <translation>D&amp;rucker für Namensschilder:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="185"/>
        <source>St&amp;ock in it:</source>
        <translation>Darin eingelegtes &amp;Material:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="206"/>
        <source>The desk needs a name: check-ins are recorded under it.</source>
        <translation>Der Platz braucht einen Namen: Check-ins werden unter ihm gespeichert.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="212"/>
        <source>Choose the printer the badges are to come out of.</source>
        <translation>Den Drucker wählen, aus dem die Namensschilder kommen sollen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="238"/>
        <source>Too short for a scan: scan a badge&apos;s QR code into the field.</source>
        <translation>Zu kurz für einen Scan: Scannen Sie den QR-Code eines Namensschilds in das Feld.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/desk_settings_dialog.py" line="246"/>
        <source>Read {count} characters, keys at most {longest} ms apart. The gap is set to {gap} ms.</source>
        <translation>{count} Zeichen gelesen, Tasten höchstens {longest} ms auseinander. Der Abstand ist auf {gap} ms gesetzt.</translation>
    </message>
</context>
<context>
    <name>DesksDialog</name>
    <message>
        <location filename="../../confdesk/ui/desks/desks_dialog.py" line="106"/>
        <source>Desks and double entries</source>
        <translation>Plätze und Doppeleinträge</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desks_dialog.py" line="120"/>
        <source>Desks</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desks_dialog.py" line="121"/>
        <location filename="../../confdesk/ui/desks/desks_dialog.py" line="183"/>
        <source>Double entries</source>
        <translation>Doppeleinträge</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desks_dialog.py" line="123"/>
        <source>&amp;Export sync file…</source>
        <translation>Sync-Datei &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desks_dialog.py" line="124"/>
        <source>&amp;Import sync file…</source>
        <translation>Sync-Datei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desks_dialog.py" line="181"/>
        <source>Double entries ({count})</source>
        <translation>Doppeleinträge ({count})</translation>
    </message>
</context>
<context>
    <name>DesksStrip</name>
    <message>
        <location filename="../../confdesk/ui/desks/desks_strip.py" line="19"/>
        <source>Desks…</source>
        <translation>Plätze…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desks_strip.py" line="21"/>
        <source>The other desks: when they were heard from, what is still to reach them</source>
        <translation>Die anderen Plätze: wann von ihnen zuletzt etwas kam, was sie noch erreichen muss</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desks_strip.py" line="25"/>
        <source>People checked in at two desks while the desks were apart</source>
        <translation>Personen, die an zwei Plätzen eingecheckt wurden, während die Plätze getrennt waren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../confdesk/ui/desks/desks_strip.py" line="42"/>
        <source>%n double entries…</source>
        <translation>
            <numerusform>%n Doppeleintrag…</numerusform>
            <numerusform>%n Doppeleinträge…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoubleEntryList</name>
    <message>
        <location filename="../../confdesk/ui/desks/double_entry_list.py" line="30"/>
        <source>People checked in at two desks while the desks could not reach each other. Both records stay; every count counts the person once.</source>
        <translation>Personen, die an zwei Plätzen eingecheckt wurden, während die Plätze einander nicht erreichten. Beide Einträge bleiben; jede Zählung zählt die Person einmal.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/double_entry_list.py" line="36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/double_entry_list.py" line="36"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/double_entry_list.py" line="43"/>
        <source>No double entries.</source>
        <translation>Keine Doppeleinträge.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="43"/>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="158"/>
        <source>Likely duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="56"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="57"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="58"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="59"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="60"/>
        <source>Category / status</source>
        <translation>Kategorie / Status</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="61"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="71"/>
        <source>&amp;Merge into the kept one</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="72"/>
        <source>&amp;Not duplicates, skip</source>
        <translation>&amp;Keine Dubletten, überspringen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="73"/>
        <source>No likely duplicates in this event.</source>
        <translation>Keine möglichen Dubletten in dieser Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="110"/>
        <source>Looking for likely duplicates…</source>
        <translation>Mögliche Dubletten werden gesucht …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="137"/>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="174"/>
        <source>the same e-mail address</source>
        <translation>dieselbe E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="176"/>
        <source>the same name in the same organization</source>
        <translation>denselben Namen in derselben Organisation</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="179"/>
        <source>the same name, both without organization</source>
        <translation>denselben Namen, beide ohne Organisation</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="188"/>
        <source>These registrations have {reasons}. Choose the one to keep.</source>
        <translation>Diese Anmeldungen haben {reasons}. Wählen Sie die, die bleiben soll.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="189"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="203"/>
        <source> · checked in</source>
        <translation> · eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="244"/>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="255"/>
        <source>Merge registrations</source>
        <translation>Anmeldungen zusammenführen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/duplicates_dialog.py" line="246"/>
        <source>Merge {count} registration(s) into {name}? Their details fill gaps, their sign-ups and topics move over, and they are deleted. This cannot be undone.</source>
        <translation>{count} Anmeldung(en) mit {name} zusammenführen? Ihre Angaben füllen Lücken, Workshop-Anmeldungen und Themen werden übernommen, danach werden sie gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../confdesk/ui/event/form.py" line="60"/>
        <source>e.g. Regional conference of the model projects</source>
        <translation>z. B. Regionalkonferenz der Modellprojekte</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/form.py" line="85"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/form.py" line="86"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/form.py" line="103"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/form.py" line="104"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/form.py" line="105"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/form.py" line="106"/>
        <source>Daily &amp;hours:</source>
        <translation>&amp;Tageszeiten:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/form.py" line="107"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Veranstaltungsort:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/form.py" line="108"/>
        <source>Venue &amp;address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/form.py" line="109"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/form.py" line="110"/>
        <source>Event &amp;language:</source>
        <translation>&amp;Sprache der Veranstaltung:</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="56"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="58"/>
        <source>Save the event and its rooms (Ctrl+S)</source>
        <translation>Veranstaltung und Räume speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="59"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="60"/>
        <source>Throw away the changes not yet saved</source>
        <translation>Noch nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="65"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="69"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="71"/>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="73"/>
        <source>Logo on the badges</source>
        <translation>Logo auf den Namensschildern</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="77"/>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="78"/>
        <source>A PNG or JPEG file; it is kept in the database</source>
        <translation>Eine PNG- oder JPEG-Datei; sie wird in der Datenbank gespeichert</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="79"/>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="130"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="131"/>
        <source>The event has changes that are not saved yet. Save them?</source>
        <translation>Die Veranstaltung hat Änderungen, die noch nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="162"/>
        <source>Logo for the badges</source>
        <translation>Logo für die Namensschilder</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="164"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="173"/>
        <location filename="../../confdesk/ui/event/page.py" line="183"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="201"/>
        <source>No logo: badges show the event&apos;s name only.</source>
        <translation>Kein Logo: Namensschilder zeigen nur den Namen der Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="207"/>
        <source>{registrations} registrations: {registered} registered, {waitlisted} on the waiting list, {cancelled} cancelled.
{sessions} agenda sessions in {rooms} rooms.</source>
        <translation>{registrations} Anmeldungen: {registered} angemeldet, {waitlisted} auf der Warteliste, {cancelled} storniert.
{sessions} Programmpunkte in {rooms} Räumen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="261"/>
        <source>Remove rooms with sessions?</source>
        <translation>Räume mit Programmpunkten entfernen?</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/page.py" line="263"/>
        <source>These rooms hold agenda sessions: {rooms}. The sessions keep their times but will have no room. Remove the rooms?</source>
        <translation>In diesen Räumen finden Programmpunkte statt: {rooms}. Die Programmpunkte behalten ihre Zeiten, haben dann aber keinen Raum mehr. Räume entfernen?</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../confdesk/ui/shell/file_dialogs.py" line="40"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/file_dialogs.py" line="42"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="67"/>
        <source>Import registrations — {file}</source>
        <translation>Anmeldungen importieren – {file}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="78"/>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="82"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="82"/>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="82"/>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="87"/>
        <source>Skip them (keep what is stored)</source>
        <translation>Überspringen (Gespeichertes behalten)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="88"/>
        <source>Update them from the file</source>
        <translation>Aus der Datei aktualisieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="89"/>
        <source>Add them as new registrations</source>
        <translation>Als neue Anmeldungen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="91"/>
        <source>Sheet with the attendees:</source>
        <translation>Tabellenblatt mit den Teilnehmenden:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="97"/>
        <source>Import the valid rows and list the others in a file</source>
        <translation>Gültige Zeilen importieren, die übrigen in einer Datei auflisten</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="101"/>
        <source>Without this, the file is imported completely or not at all. With it, rows with errors are left out and listed with the reason in a file beside the imported one.</source>
        <translation>Ohne diese Wahl wird die Datei ganz oder gar nicht importiert. Mit ihr werden Zeilen mit Fehlern ausgelassen und mit dem Grund in einer Datei neben der importierten aufgelistet.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="108"/>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="112"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="108"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="112"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="112"/>
        <source>Severity</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="112"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="119"/>
        <source>Skip the rows with errors</source>
        <translation>Zeilen mit Fehlern überspringen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="132"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="133"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="142"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="150"/>
        <source>People already registered:</source>
        <translation>Bereits angemeldete Personen:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="186"/>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="228"/>
        <source>{description}; the header is in row {line}.</source>
        <translation>{description}; die Kopfzeile steht in Zeile {line}.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="258"/>
        <source>leave these rows out</source>
        <translation>diese Zeilen auslassen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="259"/>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="260"/>
        <source>waitlisted</source>
        <translation>auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="261"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="268"/>
        <source>Status “{word}” ({count} rows) means:</source>
        <translation>Status „{word}“ ({count} Zeilen) bedeutet:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="315"/>
        <source>Showing the first {shown} of {total} rows.</source>
        <translation>Gezeigt werden die ersten {shown} von {total} Zeilen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="330"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="332"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="332"/>
        <source>warning</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="341"/>
        <source>Problems ({count})</source>
        <translation>Probleme ({count})</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="348"/>
        <source>{added} new, {updated} updated, {skipped} skipped.</source>
        <translation>{added} neu, {updated} aktualisiert, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="356"/>
        <source>{count} error(s) must be resolved first — correct the file or the column mapping, or skip those rows. Until then nothing is imported.</source>
        <translation>Zuerst müssen {count} Fehler behoben werden – korrigieren Sie die Datei oder die Spaltenzuordnung, oder überspringen Sie diese Zeilen. Bis dahin wird nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="417"/>
        <source>Importing…</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="432"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="433"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="434"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="439"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="440"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="441"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="442"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="443"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="444"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="445"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="446"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="447"/>
        <source>Kind of organization</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="448"/>
        <source>Federal state</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="449"/>
        <source>Funded cohort</source>
        <translation>Geförderte Staffel</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="450"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="451"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="452"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="453"/>
        <source>Dietary needs</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="454"/>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="455"/>
        <source>Photo consent</source>
        <translation>Fotoerlaubnis</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="456"/>
        <source>Attendee list consent</source>
        <translation>Teilnehmerliste erlaubt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="457"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="458"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="459"/>
        <source>Challenges</source>
        <translation>Herausforderungen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="460"/>
        <source>Workshop wishes</source>
        <translation>Workshop-Wünsche</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/import_dialog.py" line="461"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
</context>
<context>
    <name>LanLink</name>
    <message>
        <location filename="../../confdesk/ui/desks/lan_link.py" line="104"/>
        <source>The desks on the network cannot be reached: {reason}</source>
        <translation>Die anderen Plätze im Netzwerk sind nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/lan_link.py" line="147"/>
        <source>{desk} at {address}</source>
        <translation>{desk} unter {address}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="171"/>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="234"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="235"/>
        <source>New &amp;event…</source>
        <translation>Neue &amp;Veranstaltung …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="237"/>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="240"/>
        <source>New &amp;database…</source>
        <translation>Neue &amp;Datenbank …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="243"/>
        <source>Load the &amp;demo conference</source>
        <translation>&amp;Demo-Konferenz laden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="245"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="254"/>
        <source>Des&amp;k copy for another desk…</source>
        <translation>Plat&amp;zkopie für einen weiteren Platz…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="257"/>
        <source>E&amp;xport sync file…</source>
        <translation>Sync-Datei e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="260"/>
        <source>&amp;Import sync file…</source>
        <translation>Sync-Datei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="268"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="278"/>
        <source>Dashboard &amp;full screen</source>
        <translation>Dashboard im &amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="285"/>
        <source>&amp;Search registrations</source>
        <translation>Anmeldungen &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="290"/>
        <source>&amp;Desks and double entries…</source>
        <translation>&amp;Plätze und Doppeleinträge…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="294"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="295"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="299"/>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="310"/>
        <source>&amp;Desk and scanner…</source>
        <translation>&amp;Platz und Scanner…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="313"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="316"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="322"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="325"/>
        <source>&amp;About confdesk</source>
        <translation>Ü&amp;ber confdesk</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="351"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="352"/>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="353"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="354"/>
        <location filename="../../confdesk/ui/shell/main_window.py" line="802"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="355"/>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="356"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="379"/>
        <source>The database was upgraded; a copy of the old file is in {path}</source>
        <translation>Die Datenbank wurde aktualisiert; eine Kopie der alten Datei liegt in {path}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="394"/>
        <source>Newest good backup: {time} ({name})</source>
        <translation>Neueste intakte Sicherung: {time} ({name})</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="418"/>
        <location filename="../../confdesk/ui/shell/main_window.py" line="429"/>
        <source>Copy the database to</source>
        <translation>Datenbank kopieren nach</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="430"/>
        <source>The copy could not be made: {reason}</source>
        <translation>Die Kopie konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="442"/>
        <location filename="../../confdesk/ui/shell/main_window.py" line="456"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="444"/>
        <source>Replace the damaged file {path} with the backup {backup}?

Changes made after that backup are not in it. The damaged file is kept beside it, renamed.</source>
        <translation>Die beschädigte Datei {path} durch die Sicherung {backup} ersetzen?

Änderungen nach dieser Sicherung sind darin nicht enthalten. Die beschädigte Datei bleibt umbenannt daneben erhalten.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="457"/>
        <source>The backup could not be restored: {reason}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="465"/>
        <source>Restored from {backup}; the damaged file is kept as {aside}</source>
        <translation>Aus {backup} wiederhergestellt; die beschädigte Datei liegt als {aside} daneben</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="473"/>
        <location filename="../../confdesk/ui/shell/main_window.py" line="788"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="481"/>
        <location filename="../../confdesk/ui/shell/main_window.py" line="493"/>
        <location filename="../../confdesk/ui/shell/main_window.py" line="789"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="494"/>
        <source>{path} exists already. Choose another name, or open it instead.</source>
        <translation>{path} gibt es schon. Wählen Sie einen anderen Namen oder öffnen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="545"/>
        <source>Creating the demo conference…</source>
        <translation>Die Demo-Konferenz wird angelegt …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="557"/>
        <source>The demo conference is ready.</source>
        <translation>Die Demo-Konferenz ist bereit.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="605"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="742"/>
        <source>Database: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="744"/>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="753"/>
        <source>{registrations} registrations · {sessions} sessions · {rooms} rooms</source>
        <translation>{registrations} Anmeldungen · {sessions} Programmpunkte · {rooms} Räume</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="768"/>
        <source>{event} · Desk: {desk}</source>
        <translation>{event} · Platz: {desk}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="770"/>
        <source>not named yet</source>
        <translation>noch ohne Namen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="774"/>
        <source>The event this window works on, and this desk&apos;s name in check-in records</source>
        <translation>Die Veranstaltung, an der dieses Fenster arbeitet, und der Name dieses Platzes in den Check-in-Einträgen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="790"/>
        <source>Save the event</source>
        <translation>Veranstaltung speichern</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="791"/>
        <source>Add a room</source>
        <translation>Raum hinzufügen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="792"/>
        <source>Event screen</source>
        <translation>Ansicht Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="793"/>
        <source>Registrations screen</source>
        <translation>Ansicht Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="794"/>
        <source>Check-in screen</source>
        <translation>Check-in-Ansicht</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="795"/>
        <source>Check-in screen, from anywhere</source>
        <translation>Check-in-Ansicht, von überall</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="796"/>
        <source>Print screen</source>
        <translation>Druck-Ansicht</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="797"/>
        <source>Agenda screen</source>
        <translation>Programm-Ansicht</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="798"/>
        <source>Dashboard screen</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="799"/>
        <source>Dashboard: full screen (Esc leaves)</source>
        <translation>Dashboard: Vollbild (Esc beendet)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="800"/>
        <source>Agenda: a break for all rooms</source>
        <translation>Programm: Pause für alle Räume</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="801"/>
        <source>Print screen: preview</source>
        <translation>Druck-Ansicht: Vorschau</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="803"/>
        <source>Search registrations</source>
        <translation>Anmeldungen suchen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="804"/>
        <source>New registration</source>
        <translation>Neue Anmeldung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="805"/>
        <source>Walk-in registration</source>
        <translation>Anmeldung vor Ort</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="806"/>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="809"/>
        <source>Check-in: undo the last check-in</source>
        <translation>Check-in: den letzten Check-in zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="811"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="817"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="822"/>
        <source>About confdesk</source>
        <translation>Über confdesk</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/main_window.py" line="824"/>
        <source>confdesk {version}
The on-site conference desk: registrations, agenda, check-in, badges and certificates, from a database on this computer.</source>
        <translation>confdesk {version}
Der Konferenzempfang vor Ort: Anmeldungen, Programm, Check-in, Namensschilder und Teilnahmebescheinigungen – aus einer Datenbank auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../confdesk/ui/event/new_event_dialog.py" line="17"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
</context>
<context>
    <name>PairingRow</name>
    <message>
        <location filename="../../confdesk/ui/desks/desks_dialog.py" line="58"/>
        <source>Another desk&apos;s address, e.g. 192.168.1.20:43127</source>
        <translation>Adresse eines anderen Platzes, z. B. 192.168.1.20:43127</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desks_dialog.py" line="60"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desks_dialog.py" line="80"/>
        <source>This desk answers other desks at: {addresses}</source>
        <translation>Dieser Platz ist für andere Plätze erreichbar unter: {addresses}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desks_dialog.py" line="84"/>
        <source>No exchange on the network: this event has no other desks yet.</source>
        <translation>Kein Austausch im Netz: Diese Veranstaltung hat noch keine weiteren Plätze.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/desks_dialog.py" line="96"/>
        <source>Desks</source>
        <translation>Plätze</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../confdesk/ui/registrations/person_picker.py" line="34"/>
        <source>Name of a registered person</source>
        <translation>Name einer angemeldeten Person</translation>
    </message>
</context>
<context>
    <name>PrintJobPanel</name>
    <message>
        <location filename="../../confdesk/ui/printing/print_job.py" line="39"/>
        <source>Cancel printing</source>
        <translation>Drucken abbrechen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/print_job.py" line="85"/>
        <source>Printing on {printer}…</source>
        <translation>Wird auf {printer} gedruckt…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/print_job.py" line="94"/>
        <source>Cancelling after the current page…</source>
        <translation>Wird nach der aktuellen Seite abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/print_job.py" line="102"/>
        <source>Printing stopped: the file was closed.</source>
        <translation>Drucken angehalten: Die Datei wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/print_job.py" line="111"/>
        <source>Printing page {page} of {total} on {printer}…</source>
        <translation>Seite {page} von {total} wird auf {printer} gedruckt…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/print_job.py" line="130"/>
        <source>Printing failed.</source>
        <translation>Drucken fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../confdesk/ui/printing/print_job.py" line="138"/>
        <source>%n page(s) sent to {printer}.</source>
        <translation>
            <numerusform>%n Seite an {printer} gesendet.</numerusform>
            <numerusform>%n Seiten an {printer} gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../confdesk/ui/printing/print_job.py" line="141"/>
        <source>%n page(s) printed on {printer}.</source>
        <translation>
            <numerusform>%n Seite auf {printer} gedruckt.</numerusform>
            <numerusform>%n Seiten auf {printer} gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/print_job.py" line="146"/>
        <source>Printing cancelled after page {page} of {total}: nothing was printed, nobody is recorded as printed.</source>
        <translation>Drucken nach Seite {page} von {total} abgebrochen: Nichts wurde gedruckt, niemand ist als gedruckt vermerkt.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/print_job.py" line="150"/>
        <source>Printing stopped after page {page} of {total}: those pages were printed, nobody is recorded as printed.</source>
        <translation>Drucken nach Seite {page} von {total} angehalten: Diese Seiten wurden gedruckt, niemand ist als gedruckt vermerkt.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="90"/>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="91"/>
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="92"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="93"/>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="94"/>
        <source>position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="123"/>
        <source>Name badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="124"/>
        <source>Certificates of attendance</source>
        <translation>Teilnahmebescheinigungen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="127"/>
        <location filename="../../confdesk/ui/printing/page.py" line="349"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="128"/>
        <source>Only those not printed yet</source>
        <translation>Nur noch nicht gedruckte</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="129"/>
        <source>As filtered on the Registrations screen</source>
        <translation>Wie in der Anmeldungs-Ansicht gefiltert</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="130"/>
        <source>One person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="134"/>
        <source>Type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="150"/>
        <source>On a half-used sheet: the first free label</source>
        <translation>Bei einem angebrochenen Bogen: das erste freie Etikett</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="151"/>
        <source>Back side with the person&apos;s schedule</source>
        <translation>Rückseite mit dem persönlichen Programm</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="152"/>
        <source>Mark photo consent (a dot in the band)</source>
        <translation>Fotoerlaubnis markieren (Punkt im Farbband)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="154"/>
        <source>Green dot: may be photographed. Red dot, struck through: no photos.</source>
        <translation>Grüner Punkt: darf fotografiert werden. Roter Punkt, durchgestrichen: bitte keine Fotos.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="159"/>
        <source>Calibration page…</source>
        <translation>Kalibrierseite…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="161"/>
        <source>Print marks, measure how far they are off, enter that as the offset</source>
        <translation>Marken drucken, die Abweichung messen und als Versatz eintragen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="163"/>
        <source>Check a certificate &amp;code…</source>
        <translation>Bescheinigung per Prüf&amp;code prüfen…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="165"/>
        <source>Whose certificate carries a verification code, and what it lists</source>
        <translation>Wessen Bescheinigung einen Prüfcode trägt und was sie aufführt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="171"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="172"/>
        <source>Make the PDF and show it (F5)</source>
        <translation>PDF erzeugen und anzeigen (F5)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="173"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="174"/>
        <source>Print what the preview shows (Ctrl+P)</source>
        <translation>Drucken, was die Vorschau zeigt (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="175"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="188"/>
        <source>Choose what to print, then Preview (F5).</source>
        <translation>Auswählen, was gedruckt werden soll, dann Vorschau (F5).</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="206"/>
        <source>&amp;Print:</source>
        <translation>D&amp;rucken:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="207"/>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="210"/>
        <source>S&amp;tock:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="211"/>
        <source>Start at &amp;label:</source>
        <translation>Beginnen bei &amp;Etikett:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="215"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="217"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="219"/>
        <source>Printer offset:</source>
        <translation>Druckerversatz:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="221"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="351"/>
        <source>Everyone checked in at the venue</source>
        <translation>Alle, die vor Ort eingecheckt sind</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="417"/>
        <source>Nobody chosen: pick a person or another choice.</source>
        <translation>Niemand ausgewählt: eine Person oder eine andere Auswahl wählen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="446"/>
        <source>Making the badges…</source>
        <translation>Namensschilder werden erzeugt…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="462"/>
        <source>Making the certificates…</source>
        <translation>Bescheinigungen werden erzeugt…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="491"/>
        <source>Print this page on the label stock, measure how far the marks are from where they should be, and enter that as the printer offset.</source>
        <translation>Diese Seite auf das Etikettenmaterial drucken, messen, wie weit die Marken von ihrer Sollposition abweichen, und das als Druckerversatz eintragen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="501"/>
        <location filename="../../confdesk/ui/printing/page.py" line="525"/>
        <source>Nothing to print for this choice.</source>
        <translation>Für diese Auswahl gibt es nichts zu drucken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../confdesk/ui/printing/page.py" line="521"/>
        <source>{count} to print on %n page(s).</source>
        <translation>
            <numerusform>{count} zu drucken auf %n Seite.</numerusform>
            <numerusform>{count} zu drucken auf %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="634"/>
        <source>Calibration-{stock}.pdf</source>
        <translation>Kalibrierung-{stock}.pdf</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="637"/>
        <source>Badges-{event}.pdf</source>
        <translation>Namensschilder-{event}.pdf</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="637"/>
        <source>Badges.pdf</source>
        <translation>Namensschilder.pdf</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="639"/>
        <source>Certificates-{event}.pdf</source>
        <translation>Teilnahmebescheinigungen-{event}.pdf</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="639"/>
        <source>Certificates.pdf</source>
        <translation>Teilnahmebescheinigungen.pdf</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="646"/>
        <source>PDF saved</source>
        <translation>PDF gespeichert</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="647"/>
        <source>The PDF is saved as
{path}</source>
        <translation>Das PDF ist gespeichert unter
{path}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="651"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="536"/>
        <source>{name}: {field} shortened, {size} pt</source>
        <translation>{name}: {field} gekürzt, {size} pt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="539"/>
        <source>{name}: {field} shrunk to {size} pt</source>
        <translation>{name}: {field} verkleinert auf {size} pt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="604"/>
        <location filename="../../confdesk/ui/printing/page.py" line="611"/>
        <location filename="../../confdesk/ui/printing/page.py" line="616"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/printing/page.py" line="617"/>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="39"/>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="61"/>
        <source>e.g. vegetarian, gluten-free</source>
        <translation>z. B. vegetarisch, glutenfrei</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="63"/>
        <source>May appear in &amp;photos</source>
        <translation>Darf auf &amp;Fotos erscheinen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="64"/>
        <source>May appear on the &amp;attendee list</source>
        <translation>Darf auf der &amp;Teilnehmerliste stehen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="76"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="77"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="78"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="79"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="80"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="81"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="82"/>
        <source>Pos&amp;ition:</source>
        <translation>F&amp;unktion:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="83"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="84"/>
        <source>&amp;Dietary needs:</source>
        <translation>E&amp;rnährung:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="85"/>
        <source>Accessi&amp;bility:</source>
        <translation>&amp;Barrierefreiheit:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="86"/>
        <source>Consents:</source>
        <translation>Einwilligungen:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="88"/>
        <source>&amp;Topics:</source>
        <translation>T&amp;hemen:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="89"/>
        <source>&amp;Workshop wishes:</source>
        <translation>&amp;Workshop-Wünsche:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/form.py" line="90"/>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <location filename="../../confdesk/ui/registrations/table_model.py" line="80"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/table_model.py" line="81"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/table_model.py" line="82"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/table_model.py" line="83"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/table_model.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/table_model.py" line="85"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/table_model.py" line="86"/>
        <source>Badge</source>
        <translation>Namensschild</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/table_model.py" line="87"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/table_model.py" line="95"/>
        <location filename="../../confdesk/ui/registrations/table_model.py" line="239"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="101"/>
        <source>Search name, organization, e-mail, position… (Ctrl+F)</source>
        <translation>Name, Organisation, E-Mail, Funktion suchen … (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="103"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="104"/>
        <source>All statuses</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="111"/>
        <source>Checked in or not</source>
        <translation>Eingecheckt oder nicht</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="112"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="112"/>
        <source>Not checked in</source>
        <translation>Nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="115"/>
        <source>Badge printed or not</source>
        <translation>Namensschild gedruckt oder nicht</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="116"/>
        <source>Badge printed</source>
        <translation>Namensschild gedruckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="116"/>
        <source>No badge yet</source>
        <translation>Noch kein Namensschild</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="127"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="128"/>
        <source>New registration (Ctrl+N)</source>
        <translation>Neue Anmeldung (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="129"/>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Vor Ort …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="130"/>
        <source>Register someone at the desk (Ctrl+Shift+W)</source>
        <translation>Jemanden am Empfang anmelden (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="131"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="132"/>
        <source>Undo the last change to a registration (Ctrl+Z)</source>
        <translation>Letzte Änderung an einer Anmeldung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="134"/>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Dubletten finden …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="135"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="137"/>
        <source>Import a registration list (CSV or Excel) from a registration tool</source>
        <translation>Eine Anmeldeliste (CSV oder Excel) aus einem Anmeldetool importieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="139"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="141"/>
        <source>Save all registrations as CSV or Excel, with their check-in codes</source>
        <translation>Alle Anmeldungen als CSV oder Excel speichern, mit ihren Check-in-Codes</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="171"/>
        <source>Cancel registration</source>
        <translation>Anmeldung stornieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="172"/>
        <source>Reinstate</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="173"/>
        <source>Promote from waiting list</source>
        <translation>Von der Warteliste nachrücken lassen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="174"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="176"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="205"/>
        <source>Close the panel: the list gets its width</source>
        <translation>Bereich schließen – die Liste wird breiter</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="411"/>
        <source>{shown} of {total} shown</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="418"/>
        <source>No registrations yet. Import a list from your registration tool or a spreadsheet, or add people one by one with New or Walk-in.</source>
        <translation>Noch keine Anmeldungen. Importieren Sie eine Liste aus Ihrem Anmeldetool oder einer Tabelle, oder legen Sie Personen einzeln mit „Neu“ oder „Vor Ort“ an.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="424"/>
        <source>Nobody matches this search and these filters.</source>
        <translation>Niemand passt zu dieser Suche und diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="445"/>
        <source>All organizations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="495"/>
        <source>Choose a registration in the list</source>
        <translation>Wählen Sie eine Anmeldung in der Liste</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="523"/>
        <source>{status} · registered {when}</source>
        <translation>{status} · angemeldet am {when}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="537"/>
        <source>New registration</source>
        <translation>Neue Anmeldung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="567"/>
        <location filename="../../confdesk/ui/registrations/page.py" line="618"/>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="592"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="593"/>
        <source>This registration has changes that are not saved yet. Save them?</source>
        <translation>Diese Anmeldung hat Änderungen, die noch nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="639"/>
        <location filename="../../confdesk/ui/registrations/page.py" line="669"/>
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="641"/>
        <source>Registration lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Anmeldelisten (*.csv *.xlsx *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="660"/>
        <source>Imported: {added} new, {updated} updated, {skipped} skipped.</source>
        <translation>Importiert: {added} neu, {updated} aktualisiert, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="666"/>
        <source>The rows left out are listed with the reason in {path}.</source>
        <translation>Die ausgelassenen Zeilen stehen mit dem Grund in {path}.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="677"/>
        <location filename="../../confdesk/ui/registrations/page.py" line="702"/>
        <location filename="../../confdesk/ui/registrations/page.py" line="710"/>
        <source>Export registrations</source>
        <translation>Anmeldungen exportieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="679"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="698"/>
        <source>Exporting registrations…</source>
        <translation>Anmeldungen werden exportiert …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="712"/>
        <source>{count} registrations saved to {path}. The file holds personal data ({columns}); keep it safe and delete it when it is no longer needed.</source>
        <translation>{count} Anmeldungen in {path} gespeichert. Die Datei enthält personenbezogene Daten ({columns}); bewahren Sie sie sicher auf und löschen Sie sie, sobald sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/page.py" line="740"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="232"/>
        <source>Ready for the next scan</source>
        <translation>Bereit für den nächsten Scan</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="235"/>
        <source>Scan a badge, or type a name below to find the person.</source>
        <translation>Namensschild scannen oder unten einen Namen eingeben, um die Person zu finden.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="253"/>
        <source>Checking …</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="265"/>
        <source>Who this is cannot be read from the file either.</source>
        <translation>Wer das ist, lässt sich aus der Datei auch nicht lesen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="269"/>
        <source>The scan waits and is stored by itself; the list on the right shows when. Let the person go in.</source>
        <translation>Der Scan wartet und wird von selbst gespeichert; die Liste rechts zeigt, wann. Lassen Sie die Person hinein.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="274"/>
        <source>The scan waits and is stored by itself; the list on the right shows when. Whether this badge admits anyone is known only then: check the person&apos;s registration by hand.</source>
        <translation>Der Scan wartet und wird von selbst gespeichert; die Liste rechts zeigt, wann. Ob dieses Namensschild Einlass gibt, steht erst dann fest: Prüfen Sie die Anmeldung der Person von Hand.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="287"/>
        <source>Check-out undone</source>
        <translation>Check-out zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="289"/>
        <source>Check-in undone</source>
        <translation>Check-in zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="309"/>
        <source>Check-in has stopped</source>
        <translation>Der Check-in ist angehalten</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="316"/>
        <source>Not checked in</source>
        <translation>Nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="332"/>
        <source>Checked in at {time} at {desk}.</source>
        <translation>Eingecheckt um {time} an {desk}.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="337"/>
        <source>Checked in at {time}.</source>
        <translation>Eingecheckt um {time}.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="348"/>
        <source>Dietary needs: {needs}</source>
        <translation>Ernährung: {needs}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="351"/>
        <source>Accessibility: {needs}</source>
        <translation>Barrierefreiheit: {needs}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="354"/>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="357"/>
        <source>Signed up for: {sessions}</source>
        <translation>Angemeldet für: {sessions}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="369"/>
        <source>{session}: {present} present</source>
        <translation>{session}: {present} anwesend</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="375"/>
        <source>{session}: {present} of {capacity} present</source>
        <translation>{session}: {present} von {capacity} anwesend</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="382"/>
        <source>Warning: the room is over its capacity.</source>
        <translation>Achtung: Der Raum ist über seiner Kapazität.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/checkin/result_panel.py" line="384"/>
        <source>Warning: not signed up for this session.</source>
        <translation>Achtung: Für diese Programmeinheit nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <location filename="../../confdesk/ui/event/rooms_editor.py" line="32"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/rooms_editor.py" line="32"/>
        <source>Capacity</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/rooms_editor.py" line="32"/>
        <source>Location</source>
        <translation>Lage</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/rooms_editor.py" line="45"/>
        <source>&amp;Add room</source>
        <translation>Raum &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/rooms_editor.py" line="46"/>
        <source>Add a room (Ctrl+Shift+A)</source>
        <translation>Raum hinzufügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/event/rooms_editor.py" line="47"/>
        <source>&amp;Remove room</source>
        <translation>Raum &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>RoundsOverview</name>
    <message>
        <location filename="../../confdesk/ui/agenda/rounds.py" line="23"/>
        <source>Round / session</source>
        <translation>Runde / Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/rounds.py" line="23"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/rounds.py" line="23"/>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/rounds.py" line="23"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/rounds.py" line="39"/>
        <source>Round {number}</source>
        <translation>Runde {number}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/rounds.py" line="62"/>
        <source>No workshop rounds yet.</source>
        <translation>Noch keine Workshop-Runden.</translation>
    </message>
</context>
<context>
    <name>SessionLoads</name>
    <message>
        <location filename="../../confdesk/ui/dashboard/sessions.py" line="51"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/sessions.py" line="51"/>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/sessions.py" line="51"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/sessions.py" line="51"/>
        <source>Checked in / seats</source>
        <translation>Eingecheckt / Plätze</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/sessions.py" line="102"/>
        <source>{checked_in} (no limit)</source>
        <translation>{checked_in} (ohne Begrenzung)</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/dashboard/sessions.py" line="106"/>
        <source>{checked_in} / {seats} ({share})</source>
        <translation>{checked_in} / {seats} ({share})</translation>
    </message>
</context>
<context>
    <name>SignupPanel</name>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="58"/>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="58"/>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="60"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="60"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="63"/>
        <source>Sign &amp;up</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="64"/>
        <source>Cancel sign-up</source>
        <translation>Anmeldung stornieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="65"/>
        <source>Participant list (PDF)…</source>
        <translation>Teilnehmendenliste (PDF)…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="76"/>
        <source>Seated:</source>
        <translation>Mit Platz:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="78"/>
        <source>Waiting list, in the order they move up:</source>
        <translation>Warteliste, in der Reihenfolge des Nachrückens:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="138"/>
        <source>Select a session to see its sign-ups.</source>
        <translation>Wählen Sie einen Programmpunkt, um seine Anmeldungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="147"/>
        <source>{seated} signed up, no seat limit.</source>
        <translation>{seated} angemeldet, Plätze unbegrenzt.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="150"/>
        <source>{seated} of {capacity} seats taken.</source>
        <translation>{seated} von {capacity} Plätzen belegt.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="155"/>
        <source>Waiting: {waiting}.</source>
        <translation>Wartend: {waiting}.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="157"/>
        <source>This session does not ask for sign-ups.</source>
        <translation>Für diesen Programmpunkt ist keine Anmeldung erforderlich.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="193"/>
        <source>Choose one registered person from the list.</source>
        <translation>Wählen Sie eine angemeldete Person aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="225"/>
        <source>Sign up {name}</source>
        <translation>{name} eintragen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="226"/>
        <source>Cancel the sign-up of {name}</source>
        <translation>Anmeldung von {name} stornieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="240"/>
        <source>{name} is already signed up.</source>
        <translation>{name} ist bereits angemeldet.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="257"/>
        <source>The sign-up of {name} is cancelled.</source>
        <translation>Die Anmeldung von {name} ist storniert.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="259"/>
        <source>{name} has a seat.</source>
        <translation>{name} hat einen Platz.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="263"/>
        <source>{name} is on the waiting list (place {place}).</source>
        <translation>{name} steht auf der Warteliste (Platz {place}).</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="271"/>
        <source>Their place in “{title}” (same round) is given up.</source>
        <translation>Der Platz in „{title}“ (dieselbe Runde) ist freigegeben.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/agenda/signups_panel.py" line="278"/>
        <source>Moved up from the waiting list: {names}.</source>
        <translation>Von der Warteliste nachgerückt: {names}.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="75"/>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="93"/>
        <source>Desk copy for another desk</source>
        <translation>Platzkopie für einen weiteren Platz</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="87"/>
        <source>Making the desk copy…</source>
        <translation>Platzkopie wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="95"/>
        <source>The desk copy is ready:
{path}

Copy it to the other desk&apos;s computer, open it there (File → Open database) and give that desk a name of its own. What the desks record then travels by sync file (File → Export sync file…).</source>
        <translation>Die Platzkopie ist fertig:
{path}

Kopieren Sie sie auf den Computer des anderen Platzes, öffnen Sie sie dort (Datei → Datenbank öffnen) und geben Sie dem Platz einen eigenen Namen. Was die Plätze erfassen, wandert dann per Sync-Datei (Datei → Sync-Datei exportieren…).</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="112"/>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="131"/>
        <source>Export sync file</source>
        <translation>Sync-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="125"/>
        <source>Writing the sync file…</source>
        <translation>Sync-Datei wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="133"/>
        <source>The sync file is written:
{path}

{checkins} check-ins, {registrations} registrations. Import it on the other desks (File → Import sync file…); it holds personal data: delete it after the event.</source>
        <translation>Die Sync-Datei ist geschrieben:
{path}

{checkins} Check-ins, {registrations} Anmeldungen. Lesen Sie sie an den anderen Plätzen ein (Datei → Sync-Datei importieren…); sie enthält personenbezogene Daten: Löschen Sie sie nach der Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="150"/>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="172"/>
        <source>Import sync file</source>
        <translation>Sync-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="166"/>
        <source>Merging the sync file…</source>
        <translation>Sync-Datei wird übernommen…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="178"/>
        <source>Merged the sync file of {desk}.</source>
        <translation>Die Sync-Datei von {desk} ist übernommen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="179"/>
        <source>another desk</source>
        <translation>einem anderen Platz</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="182"/>
        <source>New: {checkins} check-ins, {registrations} registrations; {updated} registrations updated.</source>
        <translation>Neu: {checkins} Check-ins, {registrations} Anmeldungen; {updated} Anmeldungen aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="192"/>
        <source>Removed as duplicates: {count} registrations.</source>
        <translation>Als Dubletten entfernt: {count} Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="198"/>
        <source>Edits overruled by later ones, kept in the history: {count}.</source>
        <translation>Durch spätere Änderungen überholt, im Verlauf aufbewahrt: {count}.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="205"/>
        <source>Waiting: {count} records name something this desk does not hold yet; they come in with a later file.</source>
        <translation>Wartend: {count} Einträge verweisen auf etwas, das dieser Platz noch nicht hat; sie kommen mit einer späteren Datei.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/desks/sync_actions.py" line="211"/>
        <source>Double entries: {count} (Check-in → Desks and double entries).</source>
        <translation>Doppeleinträge: {count} (Check-in → Plätze und Doppeleinträge).</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../confdesk/ui/shell/errors/unexpected_errors.py" line="41"/>
        <source>confdesk: something went wrong</source>
        <translation>confdesk: Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/errors/unexpected_errors.py" line="45"/>
        <source>Something went wrong. The desk keeps working.</source>
        <translation>Etwas ist schiefgegangen. Der Empfang arbeitet weiter.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/errors/unexpected_errors.py" line="50"/>
        <source>If it happens again, send the details or the log file to whoever looks after confdesk. The log is {path}.</source>
        <translation>Wenn es wieder passiert, senden Sie die Details oder die Protokolldatei an die Person, die confdesk betreut. Das Protokoll ist {path}.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/errors/unexpected_errors.py" line="54"/>
        <source>If it happens again, send the details to whoever looks after confdesk.</source>
        <translation>Wenn es wieder passiert, senden Sie die Details an die Person, die confdesk betreut.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/errors/unexpected_errors.py" line="60"/>
        <source>Show &amp;details</source>
        <translation>&amp;Details zeigen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/errors/unexpected_errors.py" line="71"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/errors/unexpected_errors.py" line="74"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/errors/unexpected_errors.py" line="95"/>
        <source>This happened {count} times since this message appeared.</source>
        <translation>Das ist seit dieser Meldung {count}-mal passiert.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../confdesk/ui/registrations/walk_in_dialog.py" line="33"/>
        <source>Walk-in registration</source>
        <translation>Anmeldung vor Ort</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/walk_in_dialog.py" line="53"/>
        <source>Name and organization are enough; details can follow later.</source>
        <translation>Name und Organisation genügen; alles Weitere kann später folgen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/walk_in_dialog.py" line="58"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/walk_in_dialog.py" line="59"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/walk_in_dialog.py" line="60"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/walk_in_dialog.py" line="61"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/walk_in_dialog.py" line="70"/>
        <source>&amp;Register</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../confdesk/ui/shell/welcome_page.py" line="35"/>
        <source>&amp;Create an event…</source>
        <translation>Veranstaltung &amp;anlegen …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/welcome_page.py" line="36"/>
        <source>&amp;Load the demo conference</source>
        <translation>&amp;Demo-Konferenz laden</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/welcome_page.py" line="37"/>
        <source>&amp;Open another database…</source>
        <translation>Andere Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/welcome_page.py" line="38"/>
        <source>Start a &amp;new database…</source>
        <translation>&amp;Neue Datenbank beginnen …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/welcome_page.py" line="39"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/welcome_page.py" line="40"/>
        <source>&amp;Restore the newest good backup</source>
        <translation>Neueste intakte Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/welcome_page.py" line="41"/>
        <source>&amp;Copy it to a writable folder and open the copy…</source>
        <translation>In einen beschreibbaren Ordner &amp;kopieren und die Kopie öffnen …</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/welcome_page.py" line="79"/>
        <source>Welcome to confdesk</source>
        <translation>Willkommen bei confdesk</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/welcome_page.py" line="82"/>
        <source>The database {name} holds no event yet. Create your event, or load the demo conference to look around first.</source>
        <translation>Die Datenbank {name} enthält noch keine Veranstaltung. Legen Sie Ihre Veranstaltung an oder laden Sie zuerst die Demo-Konferenz, um sich umzusehen.</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/shell/welcome_page.py" line="101"/>
        <source>The database could not be opened</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>WishesDialog</name>
    <message>
        <location filename="../../confdesk/ui/registrations/wishes_field.py" line="118"/>
        <source>Workshop wishes</source>
        <translation>Workshop-Wünsche</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/wishes_field.py" line="133"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/wishes_field.py" line="143"/>
        <source>Round {number}:</source>
        <translation>Runde {number}:</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/wishes_field.py" line="153"/>
        <source>First choice on the left.</source>
        <translation>Erstwunsch links.</translation>
    </message>
</context>
<context>
    <name>WishesField</name>
    <message>
        <location filename="../../confdesk/ui/registrations/wishes_field.py" line="44"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/wishes_field.py" line="85"/>
        <source>Round {number}: {titles}</source>
        <translation>Runde {number}: {titles}</translation>
    </message>
    <message>
        <location filename="../../confdesk/ui/registrations/wishes_field.py" line="91"/>
        <source>No wishes</source>
        <translation>Keine Wünsche</translation>
    </message>
</context>
</TS>
