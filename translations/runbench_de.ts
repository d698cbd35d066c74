<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
</TS>
