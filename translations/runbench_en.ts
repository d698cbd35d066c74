<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BundledHub</name>
    <message>
        <source>The bundled hub is missing from this build of Runbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unpack the bundled hub into %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Malformed JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Cannot open the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
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
    <name>FunctionSpec</name>
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
    <name>HubCatalog</name>
    <message>
        <source>The hub catalog %1 is not a JSON object of functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped item %1 of the hub catalog %2: it is not an object of versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubItem</name>
    <message>
        <source>The hub catalog %1 has item %2 version %3 whose %4 is not %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubLibrary</name>
    <message>
        <source>The hub sources setting is damaged; remove and add the sources again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hub source named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub source name must be non-empty and contain no &apos;/&apos; or &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub source named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub channel %1 is not a plain name such as master or development.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid http(s) URL for a hub source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a folder nor an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hub source named %1 to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub source %1 has not been downloaded yet; refresh it to see its functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub source %1 has no downloaded tags.json; refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags.json of the hub source %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the hub source %1: %2 Offline — showing the catalog cached at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the hub source %1: %2 No copy of its catalog is cached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download %1 of item %2 version %3 from the hub source %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 version %2 of the hub source %3 lists no asset %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading item %1 version %2 of the hub source %3 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item.yaml of item %1 version %2 of the hub source %3 is not a YAML mapping; the catalog entry is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL of the hub source %1 must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSource</name>
    <message>
        <source>The hub source %1 is on the web (%2); only local hub sources are read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub source %1 refuses the file %2 of item %3 version %4: the path must stay inside the item&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 version %2 of the hub source %3 lists no asset %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub source %1 refuses item %2 version %3: names must not be paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub source %1 refuses the path %2 of item %3 version %4: the path must stay inside the item&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub source %1 has no file %2 for item %3 version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub source %1 refuses the file %2 of item %3 version %4: it lies outside the hub folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 of item %2 version %3 from the hub source %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub source %1 has no %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the %1 of the hub source %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubUri</name>
    <message>
        <source>The reference %1 does not start with hub://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub reference %1 must have at most one tag after a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub reference %1 has a &apos;/&apos; in its function or source name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub reference %1 names no function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hub source named %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub source %1 has no function %2 with tag %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub source has the function %1 with tag %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HyperSweep</name>
    <message>
        <source>The parameter %1 must have a non-empty list of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value in the CSV file is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV parameter file needs a header row and at least one row of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column of the CSV parameter file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the CSV parameter file has %2 values but the header names %3 parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter file %1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter file must hold a JSON object of {name: [values]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep would run %1 iterations; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal iteration selector %1, selector format [min|max.]&lt;result-name&gt; e.g. max.accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list strategy needs the same number of values for every parameter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalLauncher</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.build.functionSourceCode is not valid base64, so there is no code to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function has neither embedded code nor a command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function has no default handler; name one with --handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run wrapper is missing from this build of Runbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the run folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalProcess</name>
    <message>
        <source>%1 was not found; install it or choose another interpreter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
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
    <name>RunTask</name>
    <message>
        <source>%1 must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must map names to plain values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal hyper param strategy %1, use grid, list or random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_iterations is only valid in random strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_iterations must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_errors must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyperparams and param_file cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV param file cannot be used with grid or random strategy, use a JSON file for parameters or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel_runs must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeout must be at least one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyperparams must be a mapping of names to lists of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyperparameter %1 must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list strategy needs the same number of values for every hyperparameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters must be a mapping of names to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run task must be a mapping with metadata and spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata and spec of a run task must be mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.parameters must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.hyperparams must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>Runbench::Runtimes::RunService</name>
    <message>
        <source>Cannot create the run folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s process ended with exit code %1 without reporting an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s process is gone and did not report an outcome (was it killed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No best iteration was selected; check the selector (%1) or the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 iterations failed; see their logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run has the uid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep&apos;s function %1 is no longer stored.</source>
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
<context>
    <name>ScalarBuilder</name>
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
<context>
    <name>TreeBuilder</name>
    <message>
        <source>The document expands to more than %1 values (aliases repeated too often?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than one document; expected a single one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias refers to an anchor that is not defined before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is not supported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key must be a plain value, not a list or mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a mapping or a list of mappings can be merged with &apos;&lt;&lt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
