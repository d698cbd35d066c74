<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FunctionHash</name>
    <message>
        <source>A function must be a mapping to be hashed.</source>
        <translation>Eine Funktion muss ein Mapping sein, damit ihr Hash berechnet werden kann.</translation>
    </message>
    <message>
        <source>metadata must be a mapping.</source>
        <translation>metadata muss ein Mapping sein.</translation>
    </message>
</context>
<context>
    <name>FunctionImporter</name>
    <message>
        <source>The function has no metadata.name; give it a name.</source>
        <translation>Die Funktion hat kein metadata.name; geben Sie ihr einen Namen.</translation>
    </message>
</context>
<context>
    <name>Runbench::App</name>
    <message>
        <source>%1 has %2 validation problem(s); see: runbench function validate %3</source>
        <translation>%1 hat %2 Validierungsproblem(e); siehe: runbench function validate %3</translation>
    </message>
    <message>
        <source>%1 %2/%3@%4 tag %5</source>
        <translation>%1 %2/%3@%4 Tag %5</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>runs on</source>
        <translation>läuft auf</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>Standard-Handler</translation>
    </message>
    <message>
        <source>handlers</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>requirements</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>cpu</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>embedded (%1)</source>
        <translation>eingebettet (%1)</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: gültig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a function reference like project/name@hash.</source>
        <translation>&apos;%1&apos; ist keine Funktionsreferenz der Form project/name@hash.</translation>
    </message>
    <message>
        <source>%1/%2:%3 now points at %4</source>
        <translation>%1/%2:%3 zeigt jetzt auf %4</translation>
    </message>
    <message>
        <source>Store function files (YAML or JSON) as versions.</source>
        <translation>Funktionsdateien (YAML oder JSON) als Versionen speichern.</translation>
    </message>
    <message>
        <source>Write a stored function or re-save a file (YAML, or JSON with -o json).</source>
        <translation>Gespeicherte Funktion ausgeben oder Datei neu speichern (YAML, oder JSON mit -o json).</translation>
    </message>
    <message>
        <source>Summarise a function; -o json|yaml prints the whole object.</source>
        <translation>Funktion zusammenfassen; -o json|yaml gibt das ganze Objekt aus.</translation>
    </message>
    <message>
        <source>List stored functions.</source>
        <translation>Gespeicherte Funktionen auflisten.</translation>
    </message>
    <message>
        <source>Check functions against MLRun and Kubernetes rules.</source>
        <translation>Funktionen anhand der Regeln von MLRun und Kubernetes prüfen.</translation>
    </message>
    <message>
        <source>Print the hash MLRun&apos;s server computes for a function.</source>
        <translation>Den Hash ausgeben, den der MLRun-Server für eine Funktion berechnet.</translation>
    </message>
    <message>
        <source>Point a tag at a stored version.</source>
        <translation>Ein Tag auf eine gespeicherte Version setzen.</translation>
    </message>
    <message>
        <source>The project name</source>
        <translation>Der Projektname</translation>
    </message>
    <message>
        <source>created project %1</source>
        <translation>Projekt %1 erstellt</translation>
    </message>
    <message>
        <source>FUNCTIONS</source>
        <translation>FUNKTIONEN</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; does not exist.</source>
        <translation>Projekt &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>project      %1</source>
        <translation>Projekt       %1</translation>
    </message>
    <message>
        <source>description  %1</source>
        <translation>Beschreibung  %1</translation>
    </message>
    <message>
        <source>created      %1
</source>
        <translation>Erstellt      %1
</translation>
    </message>
    <message>
        <source>FUNCTION</source>
        <translation>FUNKTION</translation>
    </message>
    <message>
        <source>deleted project %1 with its functions and runs</source>
        <translation>Projekt %1 mit seinen Funktionen und Läufen gelöscht</translation>
    </message>
    <message>
        <source>imported project %1: %2 function(s), %3 new version(s)</source>
        <translation>Projekt %1 importiert: %2 Funktion(en), %3 neue Version(en)</translation>
    </message>
    <message>
        <source>kept as references (not stored as versions): %1</source>
        <translation>als Referenzen behalten (nicht als Versionen gespeichert): %1</translation>
    </message>
    <message>
        <source>Create an empty project.</source>
        <translation>Leeres Projekt erstellen.</translation>
    </message>
    <message>
        <source>List projects.</source>
        <translation>Projekte auflisten.</translation>
    </message>
    <message>
        <source>Show a project and its functions.</source>
        <translation>Projekt und seine Funktionen anzeigen.</translation>
    </message>
    <message>
        <source>Delete a project with its functions and runs.</source>
        <translation>Projekt mit seinen Funktionen und Läufen löschen.</translation>
    </message>
    <message>
        <source>Import an MLRun project.yaml with its embedded functions.</source>
        <translation>MLRun-project.yaml mit den eingebetteten Funktionen importieren.</translation>
    </message>
    <message>
        <source>Write a project as an MLRun project.yaml.</source>
        <translation>Projekt als MLRun-project.yaml ausgeben.</translation>
    </message>
</context>
<context>
    <name>Runbench::App::CommandContext</name>
    <message>
        <source>No function named &apos;%1&apos; is stored (and no such file exists).</source>
        <translation>Es ist keine Funktion namens &apos;%1&apos; gespeichert (und es gibt keine solche Datei).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists in several projects (%2); write PROJECT/%1.</source>
        <translation>&apos;%1&apos; gibt es in mehreren Projekten (%2); schreiben Sie PROJECT/%1.</translation>
    </message>
    <message>
        <source>Function %1 not found.</source>
        <translation>Funktion %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: metadata.credentials was dropped; Runbench never keeps credentials.</source>
        <translation>%1: metadata.credentials wurde verworfen; Runbench speichert niemals Zugangsdaten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file nor a function reference like project/name:tag.</source>
        <translation>&apos;%1&apos; ist weder eine Datei noch eine Funktionsreferenz der Form project/name:tag.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; does not exist; create it with: runbench project create %1</source>
        <translation>Projekt &apos;%1&apos; existiert nicht; erstellen Sie es mit: runbench project create %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Runbench::App::CommandLine</name>
    <message>
        <source>Usage: runbench [--db PATH] COMMAND [ARGS] [-o json|yaml]
Without a command, runbench opens its window.

Commands:
</source>
        <translation>Aufruf: runbench [--db PATH] COMMAND [ARGS] [-o json|yaml]
Ohne Befehl öffnet runbench sein Fenster.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;runbench COMMAND --help&apos; for a command&apos;s arguments and options.
The store is %1 unless --db or RUNBENCH_DB names another.
</source>
        <translation>
&apos;runbench COMMAND --help&apos; zeigt die Argumente und Optionen eines Befehls.
Der Datenspeicher ist %1, sofern --db oder RUNBENCH_DB keinen anderen angibt.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;runbench --help&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;; siehe &apos;runbench --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2.</source>
        <translation>&apos;%1&apos; erwartet einen dieser Unterbefehle: %2.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;; &apos;%1&apos; takes: %3.</source>
        <translation>unbekannter Befehl &apos;%1 %2&apos;; &apos;%1&apos; kennt: %3.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Output format: table (default), json or yaml.</source>
        <translation>Ausgabeformat: table (Standard), json oder yaml.</translation>
    </message>
    <message>
        <source>unknown output format &apos;%1&apos;; use table, json or yaml.</source>
        <translation>unbekanntes Ausgabeformat &apos;%1&apos;; verwenden Sie table, json oder yaml.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2; see &apos;%1 --help&apos;.</source>
        <translation>&apos;%1&apos; erwartet %2; siehe &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>Runbench::Models</name>
    <message>
        <source>Malformed JSON: %1.</source>
        <translation>Fehlerhaftes JSON: %1.</translation>
    </message>
</context>
<context>
    <name>Runbench::Models::DocumentReader</name>
    <message>
        <source>The file is %1 MB; documents larger than %2 MB are not read.</source>
        <translation>Die Datei ist %1 MB groß; Dokumente über %2 MB werden nicht gelesen.</translation>
    </message>
    <message>
        <source>Malformed JSON</source>
        <translation>Fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>Malformed YAML</source>
        <translation>Fehlerhaftes YAML</translation>
    </message>
    <message>
        <source>The file holds more than one document; expected a single one.</source>
        <translation>Die Datei enthält mehr als ein Dokument; erwartet wurde genau eines.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
</context>
<context>
    <name>Runbench::Models::FunctionSpec</name>
    <message>
        <source>The file is empty; expected an MLRun function object.</source>
        <translation>Die Datei ist leer; erwartet wurde ein MLRun-Funktionsobjekt.</translation>
    </message>
    <message>
        <source>An MLRun function must be a mapping with kind, metadata and spec.</source>
        <translation>Eine MLRun-Funktion muss ein Mapping mit kind, metadata und spec sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a mapping.</source>
        <translation>&apos;%1&apos; muss ein Mapping sein.</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be text such as job or local.</source>
        <translation>&apos;kind&apos; muss Text sein, etwa job oder local.</translation>
    </message>
    <message>
        <source>Unknown function kind &apos;%1&apos;; MLRun kinds are %2.</source>
        <translation>Unbekannte Funktionsart &apos;%1&apos;; MLRun kennt die Arten %2.</translation>
    </message>
    <message>
        <source>spec.build.functionSourceCode must be base64 text.</source>
        <translation>spec.build.functionSourceCode muss base64-Text sein.</translation>
    </message>
    <message>
        <source>The embedded code is %1 MB; Runbench edits embedded code up to %2 MB.</source>
        <translation>Der eingebettete Code ist %1 MB groß; Runbench bearbeitet eingebetteten Code bis %2 MB.</translation>
    </message>
</context>
<context>
    <name>Runbench::Models::ProjectDocument</name>
    <message>
        <source>An MLRun project must be a mapping with kind, metadata and spec.</source>
        <translation>Ein MLRun-Projekt muss ein Mapping mit kind, metadata und spec sein.</translation>
    </message>
    <message>
        <source>The file is a &apos;%1&apos;, not an MLRun project.</source>
        <translation>Die Datei ist vom Typ &apos;%1&apos;, kein MLRun-Projekt.</translation>
    </message>
    <message>
        <source>The project has no metadata.name.</source>
        <translation>Das Projekt hat kein metadata.name.</translation>
    </message>
    <message>
        <source>spec.functions must be a list.</source>
        <translation>spec.functions muss eine Liste sein.</translation>
    </message>
    <message>
        <source>spec.functions[%1]</source>
        <translation>spec.functions[%1]</translation>
    </message>
    <message>
        <source>%1 must be a mapping.</source>
        <translation>%1 muss ein Mapping sein.</translation>
    </message>
</context>
<context>
    <name>Runbench::Models::ProjectTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Runbench::Models::PythonJsonEncoder</name>
    <message>
        <source>The keys of a mapping mix types that cannot be sorted for hashing.</source>
        <translation>Die Schlüssel eines Mappings mischen Typen, die sich zur Hash-Berechnung nicht sortieren lassen.</translation>
    </message>
    <message>
        <source>A date cannot be used as a key in JSON.</source>
        <translation>Ein Datum kann in JSON nicht als Schlüssel verwendet werden.</translation>
    </message>
</context>
<context>
    <name>Runbench::Models::TreeBuilder</name>
    <message>
        <source>The document expands to more than %1 values (aliases repeated too often?).</source>
        <translation>Das Dokument ergibt mehr als %1 Werte (Aliasse zu oft wiederholt?).</translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep.</source>
        <translation>Das Dokument ist mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is not supported here.</source>
        <translation>Das YAML-Tag &apos;%1&apos; wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; cannot be applied to an empty value.</source>
        <translation>Das YAML-Tag &apos;%1&apos; kann nicht auf einen leeren Wert angewendet werden.</translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is not supported.</source>
        <translation>Das YAML-Tag &apos;%1&apos; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>A plain &apos;=&apos; is not a value MLRun can read; quote it.</source>
        <translation>Ein einfaches &apos;=&apos; ist kein Wert, den MLRun lesen kann; setzen Sie es in Anführungszeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a date but is not a valid one; quote it to keep it as text.</source>
        <translation>&apos;%1&apos; sieht wie ein Datum aus, ist aber kein gültiges; setzen Sie es in Anführungszeichen, damit es Text bleibt.</translation>
    </message>
    <message>
        <source>The tag &apos;!!%1&apos; is not supported.</source>
        <translation>Das YAML-Tag &apos;!!%1&apos; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2.</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert vom Typ %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid JSON: text must be in double quotes.</source>
        <translation>&apos;%1&apos; ist kein gültiges JSON: Text muss in doppelten Anführungszeichen stehen.</translation>
    </message>
    <message>
        <source>Only mappings can be merged with &apos;&lt;&lt;&apos;.</source>
        <translation>Nur Mappings können mit &apos;&lt;&lt;&apos; zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Only a mapping or a list of mappings can be merged with &apos;&lt;&lt;&apos;.</source>
        <translation>Nur ein Mapping oder eine Liste von Mappings kann mit &apos;&lt;&lt;&apos; zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The document expands to too many values through merges.</source>
        <translation>Durch Zusammenführungen ergibt das Dokument zu viele Werte.</translation>
    </message>
    <message>
        <source>A key must be a plain value, not a list or mapping.</source>
        <translation>Ein Schlüssel muss ein einfacher Wert sein, keine Liste und kein Mapping.</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::MainWindow</name>
    <message>
        <source>Runbench</source>
        <translation>Runbench</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n project(s)</source>
        <translation>
            <numerusform>%n Projekt geladen</numerusform>
            <numerusform>%n Projekte geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load projects: %1</source>
        <translation>Projekte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>&amp;Status Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Runbench</source>
        <translation>Über &amp;Runbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Projects and their functions</source>
        <translation>Projekte und ihre Funktionen</translation>
    </message>
    <message>
        <source>Projects columns</source>
        <translation>Spalten der Projekte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a function to see its details.</source>
        <translation>Wählen Sie eine Funktion, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Function name</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <source>Function kind</source>
        <translation>Funktionsart</translation>
    </message>
    <message>
        <source>Function tags</source>
        <translation>Funktions-Tags</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <source>Function hash</source>
        <translation>Funktions-Hash</translation>
    </message>
    <message>
        <source>Function created</source>
        <translation>Funktion erstellt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>&amp;Erstellt:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Geöffnete Dokumente</translation>
    </message>
    <message>
        <source>Open a project&apos;s function to see it here.</source>
        <translation>Öffnen Sie die Funktion eines Projekts, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Projects: %1, functions: %2</source>
        <translation>Projekte: %1, Funktionen: %2</translation>
    </message>
    <message>
        <source>About Runbench</source>
        <translation>Über Runbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Runbench %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for MLRun-style serverless functions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Runbench %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Werkbank für Serverless-Funktionen im Stil von MLRun.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>H&amp;ash:</source>
        <translation>Ha&amp;sh:</translation>
    </message>
    <message>
        <source>Load error</source>
        <translation>Ladefehler</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>The file contains the control character U+%1, which YAML does not allow.</source>
        <translation>Die Datei enthält das Steuerzeichen U+%1, das in YAML nicht erlaubt ist.</translation>
    </message>
</context>
</TS>
