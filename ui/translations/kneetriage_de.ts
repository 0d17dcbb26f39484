<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ClinicPage</name>
    <message>
        <source>Patients</source>
        <translation>Patientinnen und Patienten</translation>
    </message>
    <message>
        <source>Search by name, reference or notes</source>
        <translation>Nach Name, Kennung oder Notizen suchen</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte zeigen</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Neue Patientin / neuer Patient…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Let the patient see the result</source>
        <translation>Ergebnis der Patientin bzw. dem Patienten zeigen</translation>
    </message>
    <message>
        <source>Start &amp;intake</source>
        <translation>&amp;Aufnahme beginnen</translation>
    </message>
    <message>
        <source>&amp;Clinician view</source>
        <translation>&amp;Ansicht für Fachpersonal</translation>
    </message>
    <message>
        <source>Shows only the patients whose name, reference or notes contain what you type</source>
        <translation>Zeigt nur die Patientinnen und Patienten, deren Name, Kennung oder Notizen das Eingegebene enthalten</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patientinnen und Patienten suchen</translation>
    </message>
    <message>
        <source>Also list the patients you archived</source>
        <translation>Auch die archivierten Patientinnen und Patienten auflisten</translation>
    </message>
    <message>
        <source>One row per patient: name or reference, year of birth, number of visits and the first line of the notes</source>
        <translation>Eine Zeile pro Patientin bzw. Patient: Name oder Kennung, Geburtsjahr, Anzahl der Besuche und die erste Zeile der Notizen</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Add a patient with a name or reference, year of birth and notes</source>
        <translation>Eine Patientin oder einen Patienten mit Name oder Kennung, Geburtsjahr und Notizen hinzufügen</translation>
    </message>
    <message>
        <source>Hide the selected patient from the everyday list, or bring an archived one back; nothing is deleted</source>
        <translation>Die ausgewählte Patientin bzw. den ausgewählten Patienten aus der täglichen Liste ausblenden oder eine archivierte Akte zurückholen; nichts wird gelöscht</translation>
    </message>
    <message>
        <source>When ticked, the patient sees the result on screen after the intake; otherwise only the clinician does</source>
        <translation>Wenn angekreuzt, sieht die Patientin bzw. der Patient das Ergebnis nach der Aufnahme auf dem Bildschirm; sonst sieht es nur das Fachpersonal</translation>
    </message>
    <message>
        <source>Hand the computer to the selected patient for the questions and questionnaires; patient records lock until you enter the passphrase</source>
        <translation>Den Computer der ausgewählten Patientin bzw. dem ausgewählten Patienten für die Fragen und Fragebögen übergeben; die Patientenakten sind gesperrt, bis Sie die Passphrase eingeben</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s visits, scores and exports</source>
        <translation>Besuche, Werte und Exporte der ausgewählten Patientin bzw. des ausgewählten Patienten öffnen</translation>
    </message>
    <message>
        <source>Change the selected patient&apos;s name or reference, year of birth or notes</source>
        <translation>Name oder Kennung, Geburtsjahr oder Notizen der ausgewählten Patientin bzw. des ausgewählten Patienten ändern</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Archi&amp;ve</source>
        <translation>Archi&amp;vieren</translation>
    </message>
    <message>
        <source>Delete the patient and all their visits from the clinic records</source>
        <translation>Die Patientin bzw. den Patienten und alle Besuche aus den Praxisdaten löschen</translation>
    </message>
</context>
<context>
    <name>ClinicPlaceDialog</name>
    <message>
        <source>Where the clinic is kept</source>
        <translation>Wo die Praxisdaten liegen</translation>
    </message>
    <message>
        <source>Where this computer reads and saves the clinic&apos;s patients and visits. Either way, names, notes and answers are sealed with the clinic passphrase before they are saved.</source>
        <translation>Wo dieser Computer die Patientinnen, Patienten und Besuche der Praxis liest und speichert. In beiden Fällen werden Namen, Notizen und Antworten vor dem Speichern mit der Praxis-Passphrase versiegelt.</translation>
    </message>
    <message>
        <source>A &amp;file on this computer (default)</source>
        <translation>Eine &amp;Datei auf diesem Computer (Standard)</translation>
    </message>
    <message>
        <source>The clinic file in your KneeTriage folder, used by this computer only</source>
        <translation>Die Praxisdatei in Ihrem KneeTriage-Ordner, nur von diesem Computer genutzt</translation>
    </message>
    <message>
        <source>A &amp;practice server</source>
        <translation>Ein &amp;Praxisserver</translation>
    </message>
    <message>
        <source>A PostgreSQL server that every computer of the practice shares</source>
        <translation>Ein PostgreSQL-Server, den alle Computer der Praxis gemeinsam nutzen</translation>
    </message>
    <message>
        <source>&amp;Connection string</source>
        <translation>&amp;Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>The server&apos;s libpq connection string: host, port, dbname, user and sslmode; never a password</source>
        <translation>Die libpq-Verbindungszeichenfolge des Servers: host, port, dbname, user und sslmode; nie ein Passwort</translation>
    </message>
    <message>
        <source>Ask whoever runs the server for this line. A server on another computer needs sslmode=verify-full (or at least sslmode=require). The password is never written here: it comes from ~/.pgpass, or KneeTriage asks for it and forgets it when it closes.</source>
        <translation>Fragen Sie die Person, die den Server betreut, nach dieser Zeile. Ein Server auf einem anderen Computer braucht sslmode=verify-full (oder mindestens sslmode=require). Das Passwort gehört nicht hierher: Es kommt aus ~/.pgpass, oder KneeTriage fragt danach und vergisst es beim Beenden.</translation>
    </message>
</context>
<context>
    <name>ClinicianPage</name>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Besuch:</translation>
    </message>
    <message>
        <source>&lt; &amp;Patients</source>
        <translation>&lt; &amp;Patientenliste</translation>
    </message>
    <message>
        <source>&amp;Import FHIR…</source>
        <translation>FHIR &amp;importieren…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>C&amp;SV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;FHIR…</source>
        <translation>&amp;FHIR exportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Choose which of the patient&apos;s visits is summarised below</source>
        <translation>Wählen Sie, welcher Besuch der Patientin bzw. des Patienten unten zusammengefasst wird</translation>
    </message>
    <message>
        <source>Back to the list of patients</source>
        <translation>Zurück zur Patientenliste</translation>
    </message>
    <message>
        <source>Add a visit from a FHIR QuestionnaireResponse file (JSON)</source>
        <translation>Einen Besuch aus einer Datei mit einer FHIR QuestionnaireResponse (JSON) hinzufügen</translation>
    </message>
    <message>
        <source>Save all of this patient&apos;s visits and scores as a spreadsheet file (CSV)</source>
        <translation>Alle Besuche und Werte dieser Patientin bzw. dieses Patienten als Tabellendatei (CSV) speichern</translation>
    </message>
    <message>
        <source>Save the chosen visit as a FHIR R4 QuestionnaireResponse (JSON)</source>
        <translation>Den gewählten Besuch als FHIR R4 QuestionnaireResponse (JSON) speichern</translation>
    </message>
    <message>
        <source>Save the summary of the chosen visit as a PDF</source>
        <translation>Die Zusammenfassung des gewählten Besuchs als PDF speichern</translation>
    </message>
</context>
<context>
    <name>ExerciseLibraryPage</name>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Shows only the exercises whose name or instructions contain what you type</source>
        <translation>Zeigt nur die Übungen, deren Name oder Anleitung das Eingegebene enthält</translation>
    </message>
    <message>
        <source>Shows only the exercises for the chosen condition</source>
        <translation>Zeigt nur die Übungen für die gewählte Ursache</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>The exercises that match; choose one to read how to do it</source>
        <translation>Die passenden Übungen; wählen Sie eine aus, um zu lesen, wie sie ausgeführt wird</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
</context>
<context>
    <name>ExerciseSessionPage</name>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Übungseinheit</translation>
    </message>
    <message>
        <source>How many of today&apos;s exercises are behind you</source>
        <translation>Wie viele der heutigen Übungen Sie schon geschafft haben</translation>
    </message>
    <message>
        <source>&amp;Start hold</source>
        <translation>&amp;Halten starten</translation>
    </message>
    <message>
        <source>Starts or pauses the countdown of one hold</source>
        <translation>Startet oder pausiert den Countdown für ein Halten</translation>
    </message>
    <message>
        <source>&amp;Next set now</source>
        <translation>&amp;Nächster Satz jetzt</translation>
    </message>
    <message>
        <source>Ends the rest and goes on to the next set</source>
        <translation>Beendet die Pause und geht zum nächsten Satz</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>The steps of the exercise, how much to do and the pain rule</source>
        <translation>Die Schritte der Übung, wie viel Sie tun und die Schmerzregel</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Übungseinheit beendet</translation>
    </message>
    <message>
        <source>Back to the start page; the sets marked done are kept</source>
        <translation>Zurück zur Startseite; die erledigten Sätze bleiben gespeichert</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Your saved checks and how much of the exercise you have done</source>
        <translation>Ihre gespeicherten Einschätzungen und wie viel Sie von den Übungen gemacht haben</translation>
    </message>
    <message>
        <source>See your &amp;history</source>
        <translation>Ihren &amp;Verlauf ansehen</translation>
    </message>
    <message>
        <source>Leaves the rest of this exercise for today; the sets already done are kept</source>
        <translation>Lässt den Rest dieser Übung für heute aus; die schon erledigten Sätze bleiben gespeichert</translation>
    </message>
    <message>
        <source>S&amp;kip exercise</source>
        <translation>Übung ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Marks this set as done</source>
        <translation>Markiert diesen Satz als erledigt</translation>
    </message>
    <message>
        <source>Set &amp;done</source>
        <translation>Satz &amp;erledigt</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <source>Thank you. Your answers are saved.
Please hand the computer back to your physiotherapist.</source>
        <translation>Vielen Dank. Ihre Antworten sind gespeichert.
Bitte geben Sie den Computer Ihrer Physiotherapeutin bzw. Ihrem Physiotherapeuten zurück.</translation>
    </message>
    <message>
        <source>See my &amp;result</source>
        <translation>Mein &amp;Ergebnis ansehen</translation>
    </message>
    <message>
        <source>&amp;Clinician view</source>
        <translation>&amp;Ansicht für Fachpersonal</translation>
    </message>
    <message>
        <source>Show the patient the result of their answers</source>
        <translation>Der Patientin bzw. dem Patienten das Ergebnis ihrer bzw. seiner Antworten zeigen</translation>
    </message>
    <message>
        <source>For the clinician: asks for the clinic passphrase, then shows the full summary</source>
        <translation>Für das Fachpersonal: fragt nach der Praxis-Passphrase und zeigt dann die vollständige Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Your saved checks</source>
        <translation>Ihre gespeicherten Checks</translation>
    </message>
    <message>
        <source>Worst pain in the week before each check (0 to 10)</source>
        <translation>Stärkster Schmerz in der Woche vor jedem Check (0 bis 10)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>One row per saved check: when, the pain rating, the advice and the most likely cause</source>
        <translation>Eine Zeile pro gespeichertem Check: Zeitpunkt, Schmerzbewertung, Ratschlag und wahrscheinlichste Ursache</translation>
    </message>
    <message>
        <source>Saved checks</source>
        <translation>Gespeicherte Checks</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Delete the selected check from your history</source>
        <translation>Den ausgewählten Check aus Ihrem Verlauf löschen</translation>
    </message>
    <message>
        <source>Show the selected check&apos;s result again</source>
        <translation>Das Ergebnis des ausgewählten Checks erneut anzeigen</translation>
    </message>
    <message>
        <source>Do today&apos;s exercises for the selected check, one at a time</source>
        <translation>Die heutigen Übungen zur gewählten Einschätzung machen, eine nach der anderen</translation>
    </message>
    <message>
        <source>Start today&apos;s &amp;exercises</source>
        <translation>Heutige Ü&amp;bungen starten</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Knee pain after running?</source>
        <translation>Knieschmerzen nach dem Laufen?</translation>
    </message>
    <message>
        <source>Answer a few questions about where it hurts, how it started and what makes it worse. KneeTriage suggests likely causes, tells you how soon to get seen, and shows exercises and advice that may help. It takes about five minutes and nothing leaves this computer.</source>
        <translation>Beantworten Sie ein paar Fragen dazu, wo es wehtut, wie es angefangen hat und was es schlimmer macht. KneeTriage nennt wahrscheinliche Ursachen, sagt Ihnen, wie bald Sie sich untersuchen lassen sollten, und zeigt Übungen und Ratschläge, die helfen können. Das dauert etwa fünf Minuten, und nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Start a new check</source>
        <translation>Neuen Check &amp;starten</translation>
    </message>
    <message>
        <source>My &amp;history</source>
        <translation>Mein &amp;Verlauf</translation>
    </message>
    <message>
        <source>Browse &amp;exercises</source>
        <translation>Ü&amp;bungen ansehen</translation>
    </message>
    <message>
        <source>&amp;Patients (clinic)</source>
        <translation>&amp;Patienten (Praxis)</translation>
    </message>
    <message>
        <source>About five minutes of questions about your knee; at the end, what to do and how soon</source>
        <translation>Etwa fünf Minuten Fragen zu Ihrem Knie; am Ende erfahren Sie, was zu tun ist und wie bald</translation>
    </message>
    <message>
        <source>Your saved checks, with your pain over time</source>
        <translation>Ihre gespeicherten Checks mit Ihrem Schmerz im Verlauf</translation>
    </message>
    <message>
        <source>Every exercise with its pictures and how to do it, by condition</source>
        <translation>Jede Übung mit ihren Bildern und ihrer Anleitung, nach Ursache geordnet</translation>
    </message>
    <message>
        <source>Import your runs and see the distance of each week, with the spikes marked</source>
        <translation>Ihre Läufe importieren und die Strecke jeder Woche sehen, mit markierten Spitzen</translation>
    </message>
    <message>
        <source>My &amp;runs</source>
        <translation>Meine &amp;Läufe</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Go to the next questionnaire, or finish</source>
        <translation>Zum nächsten Fragebogen gehen oder abschließen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Clinic passphrase</source>
        <translation>Praxis-Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>The clinic passphrase; it is never stored</source>
        <translation>Die Praxis-Passphrase; sie wird nie gespeichert</translation>
    </message>
    <message>
        <source>Type the same passphrase again, to be sure of it</source>
        <translation>Geben Sie dieselbe Passphrase noch einmal ein, um sicherzugehen</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>&amp;Name or reference</source>
        <translation>&amp;Name oder Kennung</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;Geburtsjahr</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>A name or a clinic reference that you will recognise; it is sealed with the clinic passphrase</source>
        <translation>Ein Name oder eine Praxiskennung, an der Sie die Person wiedererkennen; die Angabe wird mit der Praxis-Passphrase versiegelt</translation>
    </message>
    <message>
        <source>Four digits, or leave empty if not given</source>
        <translation>Vier Ziffern, oder leer lassen, wenn nicht angegeben</translation>
    </message>
    <message>
        <source>Anything you want to keep with the patient; the first line shows in the list</source>
        <translation>Alles, was Sie zur Patientin bzw. zum Patienten festhalten möchten; die erste Zeile wird in der Liste angezeigt</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>KneeTriage check of %1</source>
        <translation>KneeTriage-Check vom %1</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>KneeTriage will use this language the next time it starts.</source>
        <translation>KneeTriage verwendet diese Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message numerus="yes">
        <source>The knowledge base in %1 has %n problem(s), so no check can be given safely.</source>
        <translation>
            <numerusform>Die Wissensbasis in %1 hat %n Problem, daher kann kein Check sicher durchgeführt werden.</numerusform>
            <numerusform>Die Wissensbasis in %1 hat %n Probleme, daher kann kein Check sicher durchgeführt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your history is off: %1

You can still do a check, but it is not kept after KneeTriage closes.</source>
        <translation>Ihr Verlauf ist ausgeschaltet: %1

Sie können trotzdem einen Check machen, aber er wird nach dem Schließen von KneeTriage nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>A file was set aside</source>
        <translation>Eine Datei wurde beiseitegelegt</translation>
    </message>
    <message>
        <source>Questionnaires unavailable</source>
        <translation>Fragebögen nicht verfügbar</translation>
    </message>
    <message>
        <source>The outcome questionnaires cannot be used: %1</source>
        <translation>Die Fragebögen zum Verlauf können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Likely conditions</source>
        <translation>Wahrscheinliche Ursachen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Offline knee-pain triage for runners and physiotherapists.</source>
        <translation>Offline-Ersteinschätzung von Knieschmerzen für Laufende und Physiotherapie.</translation>
    </message>
    <message>
        <source>Use the knowledge base in &lt;directory&gt; (for example a clinic&apos;s own reviewed copy), with the content database built from it.</source>
        <translation>Die Wissensbasis in &lt;directory&gt; verwenden (zum Beispiel die geprüfte eigene Kopie einer Praxis), mit der daraus erstellten Inhaltsdatenbank.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>KneeTriage cannot start</source>
        <translation>KneeTriage kann nicht starten</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) of the knowledge base have no checked translation in this language, so KneeTriage shows every text in English. `kneetriage-cli validate` lists them.</source>
        <translation>
            <numerusform>%n Text der Wissensbasis hat keine geprüfte Übersetzung in dieser Sprache, daher zeigt KneeTriage alle Texte auf Englisch. `kneetriage-cli validate` listet ihn auf.</numerusform>
            <numerusform>%n Texte der Wissensbasis haben keine geprüfte Übersetzung in dieser Sprache, daher zeigt KneeTriage alle Texte auf Englisch. `kneetriage-cli validate` listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training rules unavailable</source>
        <translation>Trainingsregeln nicht verfügbar</translation>
    </message>
    <message>
        <source>Your runs are listed, but not compared with each other, and no next-run light or plan is shown: %1</source>
        <translation>Ihre Läufe werden aufgelistet, aber nicht miteinander verglichen, und es wird weder eine Ampel für den nächsten Lauf noch ein Plan gezeigt: %1</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Go back to the previous question; your answers are kept</source>
        <translation>Zurück zur vorherigen Frage; Ihre Antworten bleiben erhalten</translation>
    </message>
    <message>
        <source>Stop this check and go back to the start page; nothing is saved</source>
        <translation>Diesen Check abbrechen und zur Startseite zurückkehren; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Go on to the next question once this one is answered</source>
        <translation>Zur nächsten Frage weitergehen, sobald diese beantwortet ist</translation>
    </message>
</context>
<context>
    <name>RedFlagPage</name>
    <message>
        <source>See what to do &amp;now</source>
        <translation>Sehen, was &amp;jetzt zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Continue the check</source>
        <translation>Check &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Stop here and see what to do now</source>
        <translation>Hier aufhören und sehen, was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Answer the remaining questions; this warning stays at the top of the result</source>
        <translation>Die übrigen Fragen beantworten; diese Warnung bleibt oben im Ergebnis stehen</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Change answers</source>
        <translation>Antworten ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Re-run with today&apos;s knowledge base</source>
        <translation>Mit der heutigen Wissensbasis &amp;neu auswerten</translation>
    </message>
    <message>
        <source>This check was saved with an older knowledge base; see what today&apos;s would say, and what changed</source>
        <translation>Dieser Check wurde mit einer älteren Wissensbasis gespeichert; sehen Sie, was die heutige sagen würde und was sich geändert hat</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Go back to the last question to change an answer</source>
        <translation>Zur letzten Frage zurückgehen, um eine Antwort zu ändern</translation>
    </message>
    <message>
        <source>Save this result, with your answers, as a PDF to print or show a clinician</source>
        <translation>Dieses Ergebnis mit Ihren Antworten als PDF speichern, um es auszudrucken oder Fachpersonal zu zeigen</translation>
    </message>
    <message>
        <source>Do today&apos;s exercises one at a time, with a timer, and keep what you did</source>
        <translation>Die heutigen Übungen eine nach der anderen machen, mit Zeitmesser, und festhalten, was Sie gemacht haben</translation>
    </message>
    <message>
        <source>Your runs before the pain started, and the distance of each week</source>
        <translation>Ihre Läufe vor Beginn der Schmerzen und die Strecke jeder Woche</translation>
    </message>
    <message>
        <source>My r&amp;uns</source>
        <translation>Meine Lä&amp;ufe</translation>
    </message>
    <message>
        <source>Start today&apos;s &amp;exercises</source>
        <translation>Heutige Ü&amp;bungen starten</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Practice server password</source>
        <translation>Passwort für den Praxisserver</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>The password of your user on the practice server; kept in memory until KneeTriage closes, never saved</source>
        <translation>Das Passwort Ihres Benutzers auf dem Praxisserver; bis zum Beenden von KneeTriage im Arbeitsspeicher gehalten, nie gespeichert</translation>
    </message>
</context>
<context>
    <name>StoreGuard</name>
    <message>
        <source>%1 did not work. Nothing that was already saved has been lost. If the disk is full or the folder cannot be written, make room or fix it, then try again.</source>
        <translation>%1 hat nicht funktioniert. Nichts, was schon gespeichert war, ist verloren. Wenn der Datenträger voll ist oder in den Ordner nicht geschrieben werden kann, schaffen Sie Platz oder beheben Sie das und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 did not work: the practice server cannot be used just now. Nothing that was already saved has been lost. Check this computer&apos;s network connection and ask whoever runs the server whether it is running, then try again.</source>
        <translation>%1 hat nicht geklappt: Der Praxisserver ist gerade nicht erreichbar. Nichts bereits Gespeichertes ist verloren gegangen. Prüfen Sie die Netzwerkverbindung dieses Computers und fragen Sie die Person, die den Server betreut, ob er läuft; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 did not work: the clinic was last used by a newer KneeTriage, which this one cannot read. Nothing was changed. Update KneeTriage on this computer.</source>
        <translation>%1 hat nicht geklappt: Die Praxisdaten wurden zuletzt von einer neueren KneeTriage-Version genutzt, die diese Version nicht lesen kann. Nichts wurde geändert. Aktualisieren Sie KneeTriage auf diesem Computer.</translation>
    </message>
    <message>
        <source>%1 did not work, and nothing was written: the patient records are locked. If the clinic passphrase was changed on another computer, open the patient records again with the new passphrase.</source>
        <translation>%1 hat nicht funktioniert, und es wurde nichts geschrieben: Die Patientenakten sind gesperrt. Wenn die Praxis-Passphrase an einem anderen Computer geändert wurde, öffnen Sie die Patientenakten erneut mit der neuen Passphrase.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Choose activity files (.fit, .gpx, .tcx, or those with .gz) to add their runs</source>
        <translation>Aktivitätsdateien (.fit, .gpx, .tcx oder diese mit .gz) wählen, um ihre Läufe hinzuzufügen</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <source>Choose a folder, such as an unzipped Strava or Garmin export, to add every run in it</source>
        <translation>Einen Ordner wählen, etwa einen entpackten Strava- oder Garmin-Export, um jeden Lauf darin hinzuzufügen</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Your runs from the files your watch or Strava made, the distance of each week, and the runs that were much longer than the longest of the month before. Drop files or a folder on this page to import them; nothing leaves this computer.</source>
        <translation>Ihre Läufe aus den Dateien Ihrer Uhr oder von Strava, die Strecke jeder Woche und die Läufe, die viel länger waren als der längste des Monats davor. Ziehen Sie Dateien oder einen Ordner auf diese Seite, um sie zu importieren; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>How many of the files have been read</source>
        <translation>Wie viele der Dateien gelesen wurden</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <source>Stop after the file being read; the runs of the files read so far are kept</source>
        <translation>Nach der gerade gelesenen Datei aufhören; die Läufe der bis dahin gelesenen Dateien bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Files that could not be imported</source>
        <translation>Dateien, die nicht importiert werden konnten</translation>
    </message>
    <message>
        <source>Each file that gave no runs, with why</source>
        <translation>Jede Datei, die keine Läufe ergab, mit dem Grund</translation>
    </message>
    <message>
        <source>Distance each week</source>
        <translation>Strecke pro Woche</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>One row per run, newest first: the day, the distance, the time and how it compares with the longest run of the 30 days before</source>
        <translation>Eine Zeile pro Lauf, der neueste zuerst: der Tag, die Strecke, die Zeit und der Vergleich mit dem längsten Lauf der 30 Tage davor</translation>
    </message>
    <message>
        <source>Why no acute:chronic ratio</source>
        <translation>Warum kein Acute:Chronic-Verhältnis</translation>
    </message>
    <message>
        <source>Back to the page you came from</source>
        <translation>Zurück zur vorherigen Seite</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Your next run</source>
        <translation>Ihr nächster Lauf</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Schmerztagebuch</translation>
    </message>
    <message>
        <source>&amp;Day of the run</source>
        <translation>&amp;Tag des Laufs</translation>
    </message>
    <message>
        <source>Day of the run</source>
        <translation>Tag des Laufs</translation>
    </message>
    <message>
        <source>The day of the run the entry is about; write it the morning after</source>
        <translation>Der Tag des Laufs, um den es im Eintrag geht; tragen Sie ihn am Morgen danach ein</translation>
    </message>
    <message>
        <source>Worst pain during the run</source>
        <translation>Stärkster Schmerz während des Laufs</translation>
    </message>
    <message>
        <source>&amp;No run that day</source>
        <translation>&amp;Kein Lauf an diesem Tag</translation>
    </message>
    <message>
        <source>A rest day: only the morning is recorded</source>
        <translation>Ein Ruhetag: nur der Morgen wird festgehalten</translation>
    </message>
    <message>
        <source>Pain the next morning, against your usual</source>
        <translation>Schmerz am nächsten Morgen, verglichen mit sonst</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Morning pain better than usual</source>
        <translation>Morgendlicher Schmerz besser als sonst</translation>
    </message>
    <message>
        <source>As usual</source>
        <translation>Wie sonst</translation>
    </message>
    <message>
        <source>Morning pain as usual</source>
        <translation>Morgendlicher Schmerz wie sonst</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>Morning pain worse than usual</source>
        <translation>Morgendlicher Schmerz schlechter als sonst</translation>
    </message>
    <message>
        <source>Stiffness the next morning, against your usual</source>
        <translation>Steifigkeit am nächsten Morgen, verglichen mit sonst</translation>
    </message>
    <message>
        <source>Morning stiffness better than usual</source>
        <translation>Morgendliche Steifigkeit besser als sonst</translation>
    </message>
    <message>
        <source>Morning stiffness as usual</source>
        <translation>Morgendliche Steifigkeit wie sonst</translation>
    </message>
    <message>
        <source>Morning stiffness worse than usual</source>
        <translation>Morgendliche Steifigkeit schlechter als sonst</translation>
    </message>
    <message>
        <source>Keep this entry; an entry for the same day replaces the one before</source>
        <translation>Diesen Eintrag behalten; ein Eintrag für denselben Tag ersetzt den vorherigen</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>Eintrag &amp;speichern</translation>
    </message>
    <message>
        <source>Your plan, the next 14 days</source>
        <translation>Ihr Plan, die nächsten 14 Tage</translation>
    </message>
    <message>
        <source>The plan&apos;s next 14 days</source>
        <translation>Die nächsten 14 Tage des Plans</translation>
    </message>
    <message>
        <source>Each of the next 14 days: a session of which step, or rest</source>
        <translation>Jeder der nächsten 14 Tage: eine Einheit welcher Stufe oder Ruhe</translation>
    </message>
</context>
<context>
    <name>UnsentVisits</name>
    <message>
        <source>Looking for visits kept on this computer</source>
        <translation>Suche nach Besuchen, die auf diesem Computer aufbewahrt werden</translation>
    </message>
    <message>
        <source>Visits kept on this computer</source>
        <translation>Auf diesem Computer aufbewahrte Besuche</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Sending the kept visits</source>
        <translation>Senden der aufbewahrten Besuche</translation>
    </message>
</context>
<context>
    <name>kt::app</name>
    <message>
        <source>How much:</source>
        <translation>Wie viel:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Possible causes</source>
        <translation>Mögliche Ursachen</translation>
    </message>
    <message>
        <source>What points to it:</source>
        <translation>Was dafür spricht:</translation>
    </message>
    <message>
        <source>What points away:</source>
        <translation>Was dagegen spricht:</translation>
    </message>
    <message>
        <source>What to do now:</source>
        <translation>Was Sie jetzt tun können:</translation>
    </message>
    <message>
        <source>When to get seen:</source>
        <translation>Wann Sie sich untersuchen lassen sollten:</translation>
    </message>
    <message>
        <source>Recovery:</source>
        <translation>Erholung:</translation>
    </message>
    <message>
        <source>Warning signs in your answers</source>
        <translation>Warnzeichen in Ihren Antworten</translation>
    </message>
    <message>
        <source>Exercises that may help</source>
        <translation>Übungen, die helfen können</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Ratschläge</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Knowledge base %1 version %2.</source>
        <translation>Wissensbasis %1, Version %2.</translation>
    </message>
    <message>
        <source>Shown as it was saved, with knowledge base %1 version %2. The knowledge base in use today (version %3) would answer differently: use &quot;Re-run with today&apos;s knowledge base&quot; to see what changed.</source>
        <translation>So gezeigt, wie er gespeichert wurde, mit Wissensbasis %1, Version %2. Die heute verwendete Wissensbasis (Version %3) würde anders antworten: Mit „Mit der heutigen Wissensbasis neu auswerten“ sehen Sie, was sich geändert hat.</translation>
    </message>
    <message>
        <source>What pointed to it:</source>
        <translation>Was dafür sprach:</translation>
    </message>
    <message>
        <source>What pointed away:</source>
        <translation>Was dagegen sprach:</translation>
    </message>
    <message>
        <source>Exercises that were suggested:</source>
        <translation>Vorgeschlagene Übungen:</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>Ratschläge:</translation>
    </message>
    <message>
        <source>What changed since the check was saved (knowledge base %1 version %2)</source>
        <translation>Was sich seit dem Speichern des Checks geändert hat (Wissensbasis %1, Version %2)</translation>
    </message>
    <message>
        <source>The advice and the likely causes are the same; only wording may differ.</source>
        <translation>Die Ratschläge und die wahrscheinlichen Ursachen sind gleich; nur die Formulierung kann sich unterscheiden.</translation>
    </message>
    <message>
        <source>Now also listed:</source>
        <translation>Jetzt auch aufgeführt:</translation>
    </message>
    <message>
        <source>No longer listed:</source>
        <translation>Nicht mehr aufgeführt:</translation>
    </message>
    <message>
        <source>New warning signs:</source>
        <translation>Neue Warnzeichen:</translation>
    </message>
    <message>
        <source>Warning signs no longer raised:</source>
        <translation>Nicht mehr ausgelöste Warnzeichen:</translation>
    </message>
    <message>
        <source>%1, match score %2</source>
        <translation>%1, Übereinstimmungswert %2</translation>
    </message>
    <message>
        <source>▾ Hide the reasons</source>
        <translation>▾ Gründe ausblenden</translation>
    </message>
    <message>
        <source>▸ Why: what points to it and what points away</source>
        <translation>▸ Warum: was dafür spricht und was dagegen spricht</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was Sie jetzt tun können</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es wehtut</translation>
    </message>
    <message>
        <source>Exercises: %1 of %2 planned sets this week (%3 %)</source>
        <translation>Übungen: %1 von %2 geplanten Sätzen in dieser Woche (%3 %)</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>pain at most %1 out of 10 during it</source>
        <translation>dabei Schmerz höchstens %1 von 10</translation>
    </message>
    <message>
        <source>Next run: %1.</source>
        <translation>Nächster Lauf: %1.</translation>
    </message>
    <message>
        <source>Next run: at most %1 km, and %2.</source>
        <translation>Nächster Lauf: höchstens %1 km, und %2.</translation>
    </message>
    <message>
        <source>; last %1 weeks: %2 %</source>
        <translation>; letzte %1 Wochen: %2 %</translation>
    </message>
    <message>
        <source>Your runs before the pain</source>
        <translation>Ihre Läufe vor den Schmerzen</translation>
    </message>
    <message>
        <source>Next run: your plan&apos;s step below, with %1.</source>
        <translation>Nächster Lauf: der Schritt Ihres Plans unten, mit %1.</translation>
    </message>
    <message>
        <source>Next run: your plan&apos;s step below, never more than %1 km, and %2.</source>
        <translation>Nächster Lauf: der Schritt Ihres Plans unten, nie mehr als %1 km, und %2.</translation>
    </message>
</context>
<context>
    <name>kt::app::ClinicLock</name>
    <message>
        <source>That is not the clinic passphrase. Nothing was opened or changed.</source>
        <translation>Das ist nicht die Praxis-Passphrase. Nichts wurde geöffnet oder geändert.</translation>
    </message>
    <message>
        <source>Changing the clinic passphrase</source>
        <translation>Ändern der Praxis-Passphrase</translation>
    </message>
    <message>
        <source>Clinic passphrase</source>
        <translation>Praxis-Passphrase</translation>
    </message>
    <message>
        <source>Every patient record is now sealed with the new passphrase; the old one opens nothing.</source>
        <translation>Jede Patientenakte ist jetzt mit der neuen Passphrase versiegelt; die alte öffnet nichts mehr.</translation>
    </message>
    <message>
        <source>That is not the clinic passphrase in use, so nothing was changed.</source>
        <translation>Das ist nicht die verwendete Praxis-Passphrase, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Opening the clinic</source>
        <translation>Öffnen der Praxisdaten</translation>
    </message>
    <message>
        <source>The server did not accept that password (or it does not let this user in). Type it again, or ask whoever runs the server.</source>
        <translation>Der Server hat dieses Passwort nicht angenommen (oder lässt diesen Benutzer nicht herein). Geben Sie es erneut ein oder fragen Sie die Person, die den Server betreut.</translation>
    </message>
    <message>
        <source>Reading the clinic</source>
        <translation>Lesen der Praxisdaten</translation>
    </message>
    <message>
        <source>Sealing the clinic</source>
        <translation>Versiegeln der Praxisdaten</translation>
    </message>
    <message>
        <source>Unlocking the clinic</source>
        <translation>Entsperren der Praxisdaten</translation>
    </message>
</context>
<context>
    <name>kt::app::ClinicPage</name>
    <message>
        <source>Name or reference</source>
        <translation>Name oder Kennung</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Listing the patients</source>
        <translation>Auflisten der Patientinnen und Patienten</translation>
    </message>
    <message>
        <source>Record %1 cannot be read: it was changed outside KneeTriage</source>
        <translation>Akte %1 kann nicht gelesen werden: Sie wurde außerhalb von KneeTriage geändert</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>Adding the patient</source>
        <translation>Hinzufügen der Patientin bzw. des Patienten</translation>
    </message>
    <message>
        <source>Reading the patient</source>
        <translation>Lesen der Patientenakte</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Patient/in löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting the patient</source>
        <translation>Löschen der Patientin bzw. des Patienten</translation>
    </message>
    <message>
        <source>Archiving the patient</source>
        <translation>Archivieren der Patientin bzw. des Patienten</translation>
    </message>
    <message>
        <source>Saving the patient</source>
        <translation>Speichern der Patientin bzw. des Patienten</translation>
    </message>
    <message>
        <source>Name or reference: now %1</source>
        <translation>Name oder Kennung: jetzt %1</translation>
    </message>
    <message>
        <source>Year of birth: now %1</source>
        <translation>Geburtsjahr: jetzt %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Notes: now %1</source>
        <translation>Notizen: jetzt %1</translation>
    </message>
    <message>
        <source>Archived there</source>
        <translation>Dort archiviert</translation>
    </message>
    <message>
        <source>Brought back from the archive</source>
        <translation>Dort aus dem Archiv zurückgeholt</translation>
    </message>
    <message>
        <source>Changed on another computer</source>
        <translation>An einem anderen Computer geändert</translation>
    </message>
    <message>
        <source>While you were editing, another computer saved changes to this patient. Your changes were not saved, so nothing of theirs was overwritten.</source>
        <translation>Während Sie bearbeitet haben, hat ein anderer Computer Änderungen an dieser Patientin bzw. diesem Patienten gespeichert. Ihre Änderungen wurden nicht gespeichert, damit nichts von dort überschrieben wird.</translation>
    </message>
    <message>
        <source>Look at my changes again</source>
        <translation>Meine Änderungen noch einmal ansehen</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Die dortigen behalten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n visit(s) from the clinic records?</source>
        <translation>
            <numerusform>%1 und den %n Besuch aus den Praxisdaten löschen?</numerusform>
            <numerusform>%1 und die %n Besuche aus den Praxisdaten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything about them is erased from the clinic records and cannot be recovered. Export what you must keep first; to keep the record but hide it, archive it instead.</source>
        <translation>Alles über diese Person wird aus den Praxisdaten gelöscht und kann nicht wiederhergestellt werden. Exportieren Sie zuerst, was Sie aufbewahren müssen; um die Akte zu behalten, aber auszublenden, archivieren Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Changes made on other computers may be missing from this list: the clinic cannot be asked just now (%1). KneeTriage asks again every few seconds.</source>
        <translation>Änderungen von anderen Computern fehlen in dieser Liste möglicherweise: Die Praxisdaten können gerade nicht abgefragt werden (%1). KneeTriage fragt alle paar Sekunden erneut.</translation>
    </message>
</context>
<context>
    <name>kt::app::ClinicPlaceDialog</name>
    <message>
        <source>The connection string contains a password. KneeTriage never keeps one: remove password=… and put the password in ~/.pgpass, or leave it out and type it when KneeTriage asks.</source>
        <translation>Die Verbindungszeichenfolge enthält ein Passwort. KneeTriage speichert nie eines: Entfernen Sie password=… und legen Sie das Passwort in ~/.pgpass ab, oder lassen Sie es weg und geben Sie es ein, wenn KneeTriage danach fragt.</translation>
    </message>
    <message>
        <source>This server is on another computer, so patient data must travel encrypted: add sslmode=verify-full (or at least sslmode=require).</source>
        <translation>Dieser Server liegt auf einem anderen Computer, daher müssen Patientendaten verschlüsselt übertragen werden: Ergänzen Sie sslmode=verify-full (oder mindestens sslmode=require).</translation>
    </message>
    <message>
        <source>This is not a connection string KneeTriage can read: %1</source>
        <translation>Das ist keine Verbindungszeichenfolge, die KneeTriage lesen kann: %1</translation>
    </message>
    <message>
        <source>Use this place; the clinic open now is locked and closed</source>
        <translation>Diesen Ort verwenden; die gerade geöffneten Praxisdaten werden gesperrt und geschlossen</translation>
    </message>
    <message>
        <source>Close; nothing changes</source>
        <translation>Schließen; nichts ändert sich</translation>
    </message>
    <message>
        <source>Type the server&apos;s connection string, or choose the file on this computer.</source>
        <translation>Geben Sie die Verbindungszeichenfolge des Servers ein oder wählen Sie die Datei auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>kt::app::ClinicianPage</name>
    <message>
        <source>Export summary as PDF</source>
        <translation>Zusammenfassung als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export visit as FHIR QuestionnaireResponse</source>
        <translation>Besuch als FHIR QuestionnaireResponse exportieren</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Export visits as CSV</source>
        <translation>Besuche als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Import a FHIR QuestionnaireResponse</source>
        <translation>Eine FHIR QuestionnaireResponse importieren</translation>
    </message>
    <message>
        <source>Opening the patient&apos;s visits</source>
        <translation>Öffnen der Besuche</translation>
    </message>
    <message>
        <source>Patient record %1 cannot be read: it was changed outside KneeTriage</source>
        <translation>Patientenakte %1 kann nicht gelesen werden: Sie wurde außerhalb von KneeTriage geändert</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, geboren %1</translation>
    </message>
    <message>
        <source>Visit %1, %2</source>
        <translation>Besuch %1, %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;No visits yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Besuche.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>Besuch vom %1</translation>
    </message>
    <message>
        <source>This visit cannot be read: its sealed record was changed or damaged outside KneeTriage. The patient&apos;s other visits are not affected; ask them to do the intake again.</source>
        <translation>Dieser Besuch kann nicht gelesen werden: Sein versiegelter Eintrag wurde außerhalb von KneeTriage geändert oder beschädigt. Die anderen Besuche sind nicht betroffen; bitten Sie die Person, die Aufnahme noch einmal zu machen.</translation>
    </message>
    <message>
        <source>The saved result cannot be read:</source>
        <translation>Das gespeicherte Ergebnis kann nicht gelesen werden:</translation>
    </message>
    <message>
        <source>Knowledge base version %1.</source>
        <translation>Wissensbasis Version %1.</translation>
    </message>
    <message>
        <source>Since the last visit (%1)</source>
        <translation>Seit dem letzten Besuch (%1)</translation>
    </message>
    <message>
        <source>Most likely then: %1; now: %2.</source>
        <translation>Damals am wahrscheinlichsten: %1; jetzt: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Outcome scores</source>
        <translation>Verlaufswerte</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>There is no visit to export.</source>
        <translation>Es gibt keinen Besuch zum Exportieren.</translation>
    </message>
    <message>
        <source>KneeTriage clinician summary</source>
        <translation>KneeTriage-Zusammenfassung für Fachpersonal</translation>
    </message>
    <message>
        <source>This visit&apos;s answers do not fit the current knowledge base.</source>
        <translation>Die Antworten dieses Besuchs passen nicht zur aktuellen Wissensbasis.</translation>
    </message>
    <message>
        <source>Choose a patient first.</source>
        <translation>Wählen Sie zuerst eine Patientin oder einen Patienten.</translation>
    </message>
    <message>
        <source>%1 is not a KneeTriage intake this program can read; nothing was changed.</source>
        <translation>%1 ist keine KneeTriage-Aufnahme, die dieses Programm lesen kann; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The visit from %1 could not be saved (nothing else was changed): %2</source>
        <translation>Der Besuch aus %1 konnte nicht gespeichert werden (sonst wurde nichts geändert): %2</translation>
    </message>
</context>
<context>
    <name>kt::app::ExerciseLibraryPage</name>
    <message>
        <source>All conditions</source>
        <translation>Alle Ursachen</translation>
    </message>
</context>
<context>
    <name>kt::app::ExerciseSessionPage</name>
    <message>
        <source>Picture of the exercise</source>
        <translation>Bild der Übung</translation>
    </message>
    <message>
        <source>Seconds left; read out every %1 seconds</source>
        <translation>Verbleibende Sekunden; alle %1 Sekunden vorgelesen</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <source> · %1 repetitions, each held %2 seconds</source>
        <translation> · %1 Wiederholungen, jede %2 Sekunden gehalten</translation>
    </message>
    <message>
        <source> · %1 repetitions</source>
        <translation> · %1 Wiederholungen</translation>
    </message>
    <message>
        <source>Holds done: %1 of %2</source>
        <translation>Gehalten: %1 von %2</translation>
    </message>
    <message>
        <source>Keeping the exercise you did</source>
        <translation>Die gemachte Übung speichern</translation>
    </message>
    <message>
        <source>Rest before set %1</source>
        <translation>Pause vor Satz %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>&amp;Pause hold</source>
        <translation>Halten &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Start hold</source>
        <translation>&amp;Halten starten</translation>
    </message>
    <message>
        <source>Rest, seconds left: %1</source>
        <translation>Pause, verbleibende Sekunden: %1</translation>
    </message>
    <message>
        <source>Hold, seconds left: %1</source>
        <translation>Halten, verbleibende Sekunden: %1</translation>
    </message>
    <message>
        <source>Today&apos;s exercises</source>
        <translation>Heutige Übungen</translation>
    </message>
    <message>
        <source>No set was marked done this time.</source>
        <translation>Diesmal wurde kein Satz als erledigt markiert.</translation>
    </message>
    <message>
        <source>Sets done: %1 of %2, in %3 of %4 exercises.</source>
        <translation>Erledigte Sätze: %1 von %2, in %3 von %4 Übungen.</translation>
    </message>
</context>
<context>
    <name>kt::app::HistoryPage</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Am wahrscheinlichsten</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Reading your saved checks</source>
        <translation>Lesen Ihrer gespeicherten Checks</translation>
    </message>
    <message>
        <source>No clear cause</source>
        <translation>Keine klare Ursache</translation>
    </message>
    <message>
        <source>Delete this check?</source>
        <translation>Diesen Check löschen?</translation>
    </message>
    <message>
        <source>The saved check will be removed from this computer. This cannot be undone.</source>
        <translation>Der gespeicherte Check wird von diesem Computer entfernt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleting the check</source>
        <translation>Löschen des Checks</translation>
    </message>
</context>
<context>
    <name>kt::app::HomePage</name>
    <message>
        <source>You have no saved checks yet.</source>
        <translation>Sie haben noch keine gespeicherten Checks.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n saved check(s) on this computer.</source>
        <translation>
            <numerusform>Sie haben %n gespeicherten Check auf diesem Computer.</numerusform>
            <numerusform>Sie haben %n gespeicherte Checks auf diesem Computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kt::app::KneeMapWidget</name>
    <message>
        <source>Knee picture</source>
        <translation>Kniebild</translation>
    </message>
    <message>
        <source>Outer</source>
        <translation>Außen</translation>
    </message>
    <message>
        <source>Inner</source>
        <translation>Innen</translation>
    </message>
    <message>
        <source>An area of the knee picture; Space chooses it.</source>
        <translation>Ein Bereich des Kniebilds; die Leertaste wählt ihn aus.</translation>
    </message>
    <message>
        <source>Point to or click the area that hurts, or use the arrow keys and Space. The same choices are in the list.</source>
        <translation>Zeigen Sie auf den Bereich, der wehtut, oder klicken Sie ihn an, oder verwenden Sie die Pfeiltasten und die Leertaste. Dieselbe Auswahl steht auch in der Liste.</translation>
    </message>
    <message>
        <source>Point to where it hurts</source>
        <translation>Zeigen Sie, wo es wehtut</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rechtes Knie</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Linkes Knie</translation>
    </message>
</context>
<context>
    <name>kt::app::MainWindow</name>
    <message>
        <source>KneeTriage</source>
        <translation>KneeTriage</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Neuer Check</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <source>&amp;Clinic mode (physiotherapist intake)</source>
        <translation>&amp;Praxismodus (Aufnahme in der Physiotherapie)</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patientenliste</translation>
    </message>
    <message>
        <source>&amp;Lock patient records</source>
        <translation>Patientenakten &amp;sperren</translation>
    </message>
    <message>
        <source>Change clinic pass&amp;phrase…</source>
        <translation>Praxis-Pass&amp;phrase ändern…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Not a diagnosis: what to do in an emergency</source>
        <translation>&amp;Keine Diagnose: Was im Notfall zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Set-aside files…</source>
        <translation>&amp;Beiseitegelegte Dateien…</translation>
    </message>
    <message>
        <source>&amp;About KneeTriage</source>
        <translation>Ü&amp;ber KneeTriage</translation>
    </message>
    <message>
        <source>About KneeTriage</source>
        <translation>Über KneeTriage</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;KneeTriage&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Offline knee-pain triage for runners. Knowledge base %2 version %3.&lt;/p&gt;&lt;p&gt;Nothing leaves this computer unless you export it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;KneeTriage&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Offline-Ersteinschätzung von Knieschmerzen für Laufende. Wissensbasis %2, Version %3.&lt;/p&gt;&lt;p&gt;Nichts verlässt diesen Computer, außer Sie exportieren es.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No file has been set aside: your history and clinic files are in use as they are.</source>
        <translation>Keine Datei wurde beiseitegelegt: Ihr Verlauf und Ihre Praxisdateien werden so verwendet, wie sie sind.</translation>
    </message>
    <message>
        <source>These copies of a history or clinic file that could not be used were set aside, unchanged (the newest %1 of each are kept):

%2

To recover one, close KneeTriage and copy it back in place of the file it was (the name before &quot;.unusable-&quot;); a damaged database can often be read with &quot;sqlite3 FILE .recover&quot;. Delete a copy once you no longer need it.</source>
        <translation>Diese Kopien einer Verlaufs- oder Praxisdatei, die nicht verwendet werden konnte, wurden unverändert beiseitegelegt (die neuesten %1 jeder Datei werden aufbewahrt):

%2

Um eine wiederherzustellen, schließen Sie KneeTriage und kopieren Sie sie an die Stelle der ursprünglichen Datei zurück (der Name vor „.unusable-“); eine beschädigte Datenbank lässt sich oft mit „sqlite3 FILE .recover“ lesen. Löschen Sie eine Kopie, sobald Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Set-aside files</source>
        <translation>Beiseitegelegte Dateien</translation>
    </message>
    <message>
        <source>&amp;Delete these copies…</source>
        <translation>Diese Kopien &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the set-aside copies</source>
        <translation>Die beiseitegelegten Kopien löschen</translation>
    </message>
    <message>
        <source>Delete every copy listed? What they hold cannot be recovered from KneeTriage afterwards.</source>
        <translation>Jede aufgeführte Kopie löschen? Ihr Inhalt kann danach in KneeTriage nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>These copies could not be deleted:

%1</source>
        <translation>Diese Kopien konnten nicht gelöscht werden:

%1</translation>
    </message>
    <message>
        <source>Not a diagnosis</source>
        <translation>Keine Diagnose</translation>
    </message>
    <message>
        <source>Counting your saved checks</source>
        <translation>Zählen Ihrer gespeicherten Checks</translation>
    </message>
    <message>
        <source>Could not save this visit</source>
        <translation>Dieser Besuch konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save this check</source>
        <translation>Dieser Check konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The result is shown, but it could not be saved to your history: %1</source>
        <translation>Das Ergebnis wird angezeigt, konnte aber nicht in Ihrem Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Opening the saved check</source>
        <translation>Öffnen des gespeicherten Checks</translation>
    </message>
    <message>
        <source>Cannot open this check</source>
        <translation>Dieser Check kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This saved check cannot be read with the knowledge base in use, so it cannot be shown again. Nothing was changed.</source>
        <translation>Dieser gespeicherte Check kann mit der verwendeten Wissensbasis nicht gelesen werden und daher nicht erneut angezeigt werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Runs and training</source>
        <translation>&amp;Läufe und Training</translation>
    </message>
    <message>
        <source>Where the clinic is &amp;kept…</source>
        <translation>&amp;Ort der Praxisdaten…</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Auf diesem Computer aufbewahrt</translation>
    </message>
    <message>
        <source>The practice&apos;s server could not be reached, so your answers are kept on this computer, sealed, and will be sent when it is back. Please let the practice staff know.</source>
        <translation>Der Server der Praxis war nicht erreichbar. Ihre Antworten werden deshalb versiegelt auf diesem Computer aufbewahrt und gesendet, sobald er wieder erreichbar ist. Bitte sagen Sie dem Praxisteam Bescheid.</translation>
    </message>
</context>
<context>
    <name>kt::app::MeasurePage</name>
    <message>
        <source>Questionnaire %1 of %2</source>
        <translation>Fragebogen %1 von %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 = %2, %3 = %4</source>
        <translation>%1 = %2, %3 = %4</translation>
    </message>
    <message>
        <source>A whole number from %1 (%2) to %3 (%4)</source>
        <translation>Eine ganze Zahl von %1 (%2) bis %3 (%4)</translation>
    </message>
</context>
<context>
    <name>kt::app::PainChartWidget</name>
    <message>
        <source>Pain over time</source>
        <translation>Schmerz im Verlauf</translation>
    </message>
    <message>
        <source>Finish a check to start the chart.</source>
        <translation>Schließen Sie einen Check ab, um das Diagramm zu beginnen.</translation>
    </message>
</context>
<context>
    <name>kt::app::PassphraseDialog</name>
    <message>
        <source>Choose a clinic passphrase</source>
        <translation>Praxis-Passphrase wählen</translation>
    </message>
    <message>
        <source>Patients&apos; names, notes, answers and scores are sealed on this computer with a key made from this passphrase. Choose at least %1 characters; a few unrelated words are easy to remember and hard to guess.

It cannot be recovered: without it, the patient records cannot be opened. Keep it where the practice keeps its other passwords.</source>
        <translation>Namen, Notizen, Antworten und Werte der Patientinnen und Patienten werden auf diesem Computer mit einem Schlüssel versiegelt, der aus dieser Passphrase erzeugt wird. Wählen Sie mindestens %1 Zeichen; ein paar Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.

Sie kann nicht wiederhergestellt werden: Ohne sie lassen sich die Patientenakten nicht öffnen. Bewahren Sie sie dort auf, wo die Praxis ihre anderen Passwörter aufbewahrt.</translation>
    </message>
    <message>
        <source>Unlock patient records</source>
        <translation>Patientenakten entsperren</translation>
    </message>
    <message>
        <source>Patient records are locked. Enter the clinic passphrase to open them.</source>
        <translation>Die Patientenakten sind gesperrt. Geben Sie die Praxis-Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Change the clinic passphrase</source>
        <translation>Die Praxis-Passphrase ändern</translation>
    </message>
    <message>
        <source>Enter the clinic passphrase in use now.</source>
        <translation>Geben Sie die derzeit verwendete Praxis-Passphrase ein.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two do not match.</source>
        <translation>Die beiden stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Seal the patient records with this passphrase</source>
        <translation>Die Patientenakten mit dieser Passphrase versiegeln</translation>
    </message>
    <message>
        <source>Check the passphrase and continue</source>
        <translation>Die Passphrase prüfen und fortfahren</translation>
    </message>
    <message>
        <source>Close; patient records stay locked</source>
        <translation>Schließen; die Patientenakten bleiben gesperrt</translation>
    </message>
</context>
<context>
    <name>kt::app::PatientDialog</name>
    <message>
        <source>Add the patient to the clinic&apos;s list</source>
        <translation>Die Patientin bzw. den Patienten zur Patientenliste der Praxis hinzufügen</translation>
    </message>
    <message>
        <source>Close without adding anyone</source>
        <translation>Schließen, ohne jemanden hinzuzufügen</translation>
    </message>
    <message>
        <source>Edit patient details</source>
        <translation>Angaben zur Patientin bzw. zum Patienten bearbeiten</translation>
    </message>
    <message>
        <source>Save these details</source>
        <translation>Diese Angaben speichern</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>kt::app::QuestionPage</name>
    <message>
        <source>Right knee</source>
        <translation>Rechtes Knie</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Linkes Knie</translation>
    </message>
    <message>
        <source>Seen from the front</source>
        <translation>Von vorne gesehen</translation>
    </message>
    <message>
        <source>Seen from behind</source>
        <translation>Von hinten gesehen</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>Leave all unticked if none of these applies.</source>
        <translation>Lassen Sie alles leer, wenn nichts davon zutrifft.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>Question %1 of about %2</source>
        <translation>Frage %1 von etwa %2</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Beide Knie</translation>
    </message>
    <message>
        <source>Which knee the picture shows</source>
        <translation>Welches Knie das Bild zeigt</translation>
    </message>
    <message>
        <source>Shows the right knee, the left knee or both; the answer does not change</source>
        <translation>Zeigt das rechte Knie, das linke Knie oder beide; die Antwort ändert sich dadurch nicht</translation>
    </message>
    <message>
        <source>Seen from the inner side</source>
        <translation>Von innen gesehen</translation>
    </message>
    <message>
        <source>Seen from the outer side</source>
        <translation>Von außen gesehen</translation>
    </message>
    <message>
        <source>Which side of the knee the picture shows</source>
        <translation>Welche Seite des Knies das Bild zeigt</translation>
    </message>
    <message>
        <source>Turns the picture to the front, back, inner or outer side of the knee</source>
        <translation>Dreht das Bild zur Vorder-, Rück-, Innen- oder Außenseite des Knies</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why we ask:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Warum wir fragen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>From %1 to %2 %3</source>
        <translation>Von %1 bis %2 %3</translation>
    </message>
</context>
<context>
    <name>kt::app::RatingScale</name>
    <message>
        <source>%1 out of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>From %1, %2, to %3, %4</source>
        <translation>Von %1, %2, bis %3, %4</translation>
    </message>
</context>
<context>
    <name>kt::app::ResultsPage</name>
    <message>
        <source>There is no result to export.</source>
        <translation>Es gibt kein Ergebnis zum Exportieren.</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>Der Bericht konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>kt::app::ScoreChartWidget</name>
    <message>
        <source>Outcome scores across visits</source>
        <translation>Verlaufswerte über die Besuche</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Besuch %1</translation>
    </message>
</context>
<context>
    <name>kt::app::ServerPasswordDialog</name>
    <message>
        <source>The practice server asks for a password, and ~/.pgpass does not give one. KneeTriage keeps the password in memory until it closes; it is never saved.</source>
        <translation>Der Praxisserver verlangt ein Passwort, und ~/.pgpass liefert keines. KneeTriage behält das Passwort bis zum Beenden im Arbeitsspeicher; es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Connect to the server with this password</source>
        <translation>Mit diesem Passwort mit dem Server verbinden</translation>
    </message>
    <message>
        <source>Close without connecting; patient records stay closed</source>
        <translation>Schließen ohne Verbindung; die Patientenakten bleiben geschlossen</translation>
    </message>
</context>
<context>
    <name>kt::app::TrainingPage</name>
    <message>
        <source>Stopping after the file being read…</source>
        <translation>Halte nach der gerade gelesenen Datei an…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Against the longest</source>
        <translation>Gegenüber dem längsten</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was das bedeutet</translation>
    </message>
    <message>
        <source>Reading your runs</source>
        <translation>Lesen Ihrer Läufe</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Import runs from files</source>
        <translation>Läufe aus Dateien importieren</translation>
    </message>
    <message>
        <source>Activity files (*.fit *.gpx *.tcx *.gz *.FIT *.GPX *.TCX);;All files (*)</source>
        <translation>Aktivitätsdateien (*.fit *.gpx *.tcx *.gz *.FIT *.GPX *.TCX);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import every run in a folder</source>
        <translation>Jeden Lauf in einem Ordner importieren</translation>
    </message>
    <message>
        <source>Looking for activity files…</source>
        <translation>Suche nach Aktivitätsdateien…</translation>
    </message>
    <message>
        <source>Reading file %1 of %2…</source>
        <translation>Lese Datei %1 von %2…</translation>
    </message>
    <message>
        <source>%1 run added</source>
        <translation>%1 Lauf hinzugefügt</translation>
    </message>
    <message>
        <source>%1 runs added</source>
        <translation>%1 Läufe hinzugefügt</translation>
    </message>
    <message>
        <source>%1 already stored</source>
        <translation>%1 bereits gespeichert</translation>
    </message>
    <message>
        <source>%1 activity that is not a run</source>
        <translation>%1 Aktivität, die kein Lauf ist</translation>
    </message>
    <message>
        <source>%1 activities that are not runs</source>
        <translation>%1 Aktivitäten, die keine Läufe sind</translation>
    </message>
    <message>
        <source>problems with %1 file, listed below</source>
        <translation>Probleme mit %1 Datei, unten aufgeführt</translation>
    </message>
    <message>
        <source>problems with %1 files, listed below</source>
        <translation>Probleme mit %1 Dateien, unten aufgeführt</translation>
    </message>
    <message>
        <source>%1 .zip file not read: unzip it first, then import the folder it gives.</source>
        <translation>%1 .zip-Datei nicht gelesen: Entpacken Sie sie zuerst und importieren Sie dann den Ordner, den sie ergibt.</translation>
    </message>
    <message>
        <source>%1 .zip files not read: unzip them first, then import the folders they give.</source>
        <translation>%1 .zip-Dateien nicht gelesen: Entpacken Sie sie zuerst und importieren Sie dann die Ordner, die sie ergeben.</translation>
    </message>
    <message>
        <source>Import cancelled; the runs of the files read before are kept.</source>
        <translation>Import abgebrochen; die Läufe der vorher gelesenen Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <source>worst pain imaginable</source>
        <translation>stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>Reading your diary and your latest check</source>
        <translation>Lesen Ihres Tagebuchs und Ihres letzten Checks</translation>
    </message>
    <message>
        <source>Next-run light: %1</source>
        <translation>Ampel für den nächsten Lauf: %1</translation>
    </message>
    <message>
        <source>No run, diary or plan while the light is red, for the reasons below.</source>
        <translation>Kein Lauf, kein Tagebuch und kein Plan, solange die Ampel rot ist, aus den unten genannten Gründen.</translation>
    </message>
    <message>
        <source>Step %1 of %2:</source>
        <translation>Stufe %1 von %2:</translation>
    </message>
    <message>
        <source>To move on:</source>
        <translation>Um weiterzugehen:</translation>
    </message>
    <message>
        <source>(a clinician should test this)</source>
        <translation>(das sollte Fachpersonal testen)</translation>
    </message>
    <message>
        <source>ddd d</source>
        <translation>ddd d.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>Step %1 if the diary allows</source>
        <translation>Stufe %1, wenn das Tagebuch es erlaubt</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Choose the worst pain during the run, or tick No run that day.</source>
        <translation>Wählen Sie den stärksten Schmerz während des Laufs oder kreuzen Sie „Kein Lauf an diesem Tag“ an.</translation>
    </message>
    <message>
        <source>Saving the diary entry</source>
        <translation>Speichern des Tagebucheintrags</translation>
    </message>
    <message>
        <source>Saved for %1.</source>
        <translation>Gespeichert für %1.</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Gestern, %1</translation>
    </message>
</context>
<context>
    <name>kt::app::WeeklyDistanceChart</name>
    <message>
        <source>Distance each week</source>
        <translation>Strecke pro Woche</translation>
    </message>
    <message>
        <source>No runs yet: import runs to see the distance of each week.</source>
        <translation>Noch keine Läufe: Importieren Sie Läufe, um die Strecke jeder Woche zu sehen.</translation>
    </message>
    <message>
        <source>One week, the week of %1: %2 km.</source>
        <translation>Eine Woche, die Woche vom %1: %2 km.</translation>
    </message>
    <message>
        <source>%1 weeks from the week of %2 to the week of %3; the longest, the week of %4: %5 km.</source>
        <translation>%1 Wochen von der Woche vom %2 bis zur Woche vom %3; die längste, die Woche vom %4: %5 km.</translation>
    </message>
    <message>
        <source>the week of %2: %3 km, %1 run with a spike (%4)</source>
        <translation>die Woche vom %2: %3 km, %1 Lauf mit einer Spitze (%4)</translation>
    </message>
    <message>
        <source>the week of %2: %3 km, %1 runs with a spike, the largest: %4</source>
        <translation>die Woche vom %2: %3 km, %1 Läufe mit einer Spitze, die größte: %4</translation>
    </message>
    <message>
        <source>No week has a spike.</source>
        <translation>Keine Woche hat eine Spitze.</translation>
    </message>
    <message>
        <source>Weeks with a spike: %1.</source>
        <translation>Wochen mit einer Spitze: %1.</translation>
    </message>
    <message>
        <source>Import runs to see the distance of each week.</source>
        <translation>Importieren Sie Läufe, um die Strecke jeder Woche zu sehen.</translation>
    </message>
    <message>
        <source>Distance of the week</source>
        <translation>Strecke der Woche</translation>
    </message>
    <message>
        <source>A week with a spike: a run much longer than your longest of the 30 days before</source>
        <translation>Eine Woche mit einer Spitze: ein Lauf, viel länger als Ihr längster der 30 Tage davor</translation>
    </message>
</context>
</TS>
