<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Runbench::Models::ProjectTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::MainWindow</name>
    <message>
        <source>Runbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n project(s)</source>
        <translation>
            <numerusform>Loaded %n project</numerusform>
            <numerusform>Loaded %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Runbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects and their functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a function to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project&apos;s function to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects: %1, functions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Runbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Runbench %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for MLRun-style serverless functions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
