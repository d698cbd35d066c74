<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FunctionHash</name>
    <message>
        <source>A function must be a mapping to be hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionImporter</name>
    <message>
        <source>The function has no metadata.name; give it a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::App</name>
    <message>
        <source>%1 has %2 validation problem(s); see: runbench function validate %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2/%3@%4 tag %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a function reference like project/name@hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2:%3 now points at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store function files (YAML or JSON) as versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a stored function or re-save a file (YAML, or JSON with -o json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise a function; -o json|yaml prints the whole object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List stored functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check functions against MLRun and Kubernetes rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the hash MLRun&apos;s server computes for a function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point a tag at a stored version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUNCTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUNCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted project %1 with its functions and runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported project %1: %2 function(s), %3 new version(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as references (not stored as versions): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a project and its functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a project with its functions and runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an MLRun project.yaml with its embedded functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a project as an MLRun project.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::App::CommandContext</name>
    <message>
        <source>No function named &apos;%1&apos; is stored (and no such file exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists in several projects (%2); write PROJECT/%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function %1 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: metadata.credentials was dropped; Runbench never keeps credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file nor a function reference like project/name:tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; does not exist; create it with: runbench project create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::App::CommandLine</name>
    <message>
        <source>Usage: runbench [--db PATH] COMMAND [ARGS] [-o json|yaml]
Without a command, runbench opens its window.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;runbench COMMAND --help&apos; for a command&apos;s arguments and options.
The store is %1 unless --db or RUNBENCH_DB names another.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;runbench --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;; &apos;%1&apos; takes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default), json or yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown output format &apos;%1&apos;; use table, json or yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2; see &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Models</name>
    <message>
        <source>Malformed JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Models::DocumentReader</name>
    <message>
        <source>The file is %1 MB; documents larger than %2 MB are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than one document; expected a single one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Models::FunctionSpec</name>
    <message>
        <source>The file is empty; expected an MLRun function object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MLRun function must be a mapping with kind, metadata and spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be text such as job or local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown function kind &apos;%1&apos;; MLRun kinds are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.build.functionSourceCode must be base64 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded code is %1 MB; Runbench edits embedded code up to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Models::ProjectDocument</name>
    <message>
        <source>An MLRun project must be a mapping with kind, metadata and spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a &apos;%1&apos;, not an MLRun project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no metadata.name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.functions must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.functions[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date cannot be used as a key in JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Models::TreeBuilder</name>
    <message>
        <source>The document expands to more than %1 values (aliases repeated too often?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is not supported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; cannot be applied to an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain &apos;=&apos; is not a value MLRun can read; quote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a date but is not a valid one; quote it to keep it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &apos;!!%1&apos; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid JSON: text must be in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mappings can be merged with &apos;&lt;&lt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a mapping or a list of mappings can be merged with &apos;&lt;&lt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document expands to too many values through merges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key must be a plain value, not a list or mapping.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains the control character U+%1, which YAML does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
