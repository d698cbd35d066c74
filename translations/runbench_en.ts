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
    <name>EditorStoreTasks</name>
    <message>
        <source>Function %1/%2 is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function %1/%2@%3 is not in the store.</source>
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
        <source>A hub source named %1 exists already.</source>
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
        <source>There is no hub source named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub source name must be non-empty and contain no &apos;/&apos; or &apos;:&apos;.</source>
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
        <source>The URL of the hub source %1 must not contain a user name or password.</source>
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
        <source>line %1, column %2: %3</source>
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
    <name>HubTasks</name>
    <message>
        <source>Item %1 version %2 lists no source file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project named %1 to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (cut after %1 KiB)</source>
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
    <name>JobManifestBuilder</name>
    <message>
        <source>The run wrapper is missing from this build of Runbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run wrapper, the function&apos;s code and the task come to %1 KiB, more than the %2 KiB a Kubernetes ConfigMap holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeClient</name>
    <message>
        <source>%1 failed with HTTP status %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the answer is not JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 &quot;%2&quot; in namespace &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 &quot;%2&quot; in namespace &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing %1 objects in namespace &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 &quot;%2&quot; in namespace &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 objects in namespace &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the server sent an event that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the server ended the watch at once without sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log of pod &quot;%1&quot; in namespace &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeConfig</name>
    <message>
        <source>The %1 of %2 in %3 is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of kubeconfig file %2 are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig file %1 has an entry in %2 without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 could not be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig file %1 does not hold a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the kubeconfig files %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig was found (KUBECONFIG and ~/.kube/config) and Runbench does not run inside a Kubernetes pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbench does not run inside a Kubernetes pod (KUBERNETES_SERVICE_HOST, KUBERNETES_SERVICE_PORT or the service account token %1 is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; in %2 has more than one authentication method (a token and a username/password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; in %2 has a client certificate without its key or a key without its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; in %2 lacks a command or an apiVersion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; in %2 uses %3; Runbench supports %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; in %2 must set interactiveMode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; in %2 sets both exec and auth-provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; in %2 uses the removed auth-provider &quot;%3&quot;; switch to its exec credential plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig %1 sets no current-context; choose a context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig %1 has no context named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; refers to cluster &quot;%2&quot;, which the kubeconfig %3 does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; in %2 has no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 of cluster &quot;%2&quot; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; in %2 sets insecure-skip-tls-verify together with a certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; refers to user &quot;%2&quot;, which the kubeconfig %3 does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace &quot;%1&quot; of context &quot;%2&quot; is not a valid Kubernetes name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate authority of cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeCredentials</name>
    <message>
        <source>The %1 file %2 could not be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate of user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key of user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token of user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 of user &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an interactive terminal (interactiveMode Always); run kubectl once in a terminal or change the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed something that is not an ExecCredential JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with apiVersion &quot;%2&quot; instead of &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered a client certificate without its key or a key without its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered neither a token nor a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the expirationTimestamp &quot;%2&quot;, which is not an RFC 3339 time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LauncherValues</name>
    <message>
        <source>The parameter %1 needs a whole number, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 needs a number, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 needs true or false, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 needs a JSON list like [1, 2], not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 needs a JSON object like {&quot;a&quot;: 1}, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hyperparameter %1 needs at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hyperparameter %1 needs numbers for start, stop and step or count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step of hyperparameter %1 must lead from start to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range of hyperparameter %1 has more than %2 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count of hyperparameter %1 must be a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop of hyperparameter %1 must not be below its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log scale needs start and stop above zero (hyperparameter %1).</source>
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
    <name>LocalRuntime</name>
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
    <name>LogMatcher</name>
    <message>
        <source>The regular expression is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestPlan</name>
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
</context>
<context>
    <name>ManifestSet</name>
    <message>
        <source>Functions of kind %1 do not run on Kubernetes from Runbench; kinds that do are job, mpijob, spark, dask, nuclio, remote and serving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperparameter sweeps run as one Job per iteration, so they need a function of kind job, not %1.</source>
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
    <name>Runbench::Models::IterationsTableModel</name>
    <message>
        <source>Best iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Models::LogLineIndex</name>
    <message>
        <source>Cannot read the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Models::LogSearcher</name>
    <message>
        <source>Cannot read the log file %1: %2</source>
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
    <message>
        <source>Runs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs (%1 · %2 active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate to list the runs of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Models::RunsTableModel</name>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Runtimes::RunFollower</name>
    <message>
        <source>Runs cannot start because the run store could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 cannot be aborted because the run store could not be opened.</source>
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
    <message>
        <source>Functions of kind %1 run as a %2, which needs a cluster; Runbench runs only local, handler, job, dask and mpijob functions on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::ActivityIndicator</name>
    <message>
        <source>Background activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::AdvancedForm</name>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;pull policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image pull &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::ArtifactsPanel</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file of %2; no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an artifact to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run logged no artifacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[preview cut here]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::BuildForm</name>
    <message>
        <source>&amp;Base image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requirements (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build &amp;commands (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::CodeEditor</name>
    <message>
        <source>Function code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::EnvironmentForm</name>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es).</source>
        <translation>
            <numerusform>Replaced %n match.</numerusform>
            <numerusform>Replaced %n matches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::FunctionEditor</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash of the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function object as YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New function in project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1/%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the version into the editor; save to make it the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged: version %1 is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has %n problem(s) to fix before it can run.</source>
        <translation>
            <numerusform>It has %n problem to fix before it can run.</numerusform>
            <numerusform>It has %n problems to fix before it can run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::GeneralForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;handler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::HistoryPane</name>
    <message>
        <source>&amp;Restore into editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the stored versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected version into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source># code (spec.build.functionSourceCode, decoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::HubPage</name>
    <message>
        <source>Function hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, descriptions and categories (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh hub sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every hub source again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the hub sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled; the hub shows what it showed before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 %2 into project %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into project %2 as version %3 (from %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %3 is already in project %2; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 of %n item</numerusform>
            <numerusform>%1 of %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::HubPreviewPane</name>
    <message>
        <source>Choose a hub item to see its README and source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub item files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;function.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import to Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import to project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this version as a function of the chosen project (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the run launcher for this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*This item has no README.*

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># function.yaml is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of this item is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub item description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::IterationsPanel</name>
    <message>
        <source>Iterations table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter to chart against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of a result against a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;against parameter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a result and a parameter to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No iteration has numbers for both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::KateHighlighter</name>
    <message>
        <source>kate-syntax-highlighter is not installed; showing plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kate-syntax-highlighter could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kate-syntax-highlighter could not highlight %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kate-syntax-highlighter took longer than %1 seconds; showing plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::LogFindBar</name>
    <message>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::LogTextArea</name>
    <message>
        <source>Log text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::LogView</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the log as it grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show when each line arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation>
            <numerusform>%1 of %n match</numerusform>
            <numerusform>%1 of %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Log As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the log to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is already saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the log to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching… %1%</source>
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
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Without Saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Close it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function &amp;Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, preview and import functions from the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set parameters and hyperparameters and start a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the run selected in the runs table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1/%2 as version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLRun functions (*.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Function File…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::PlacementForm</name>
    <message>
        <source>Node &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &amp;selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required node affinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node must match one term; a term matches when all its expressions match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Required affinity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred node affinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes matching a term gain its weight (1 to 100); the weight of a term is read from its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred affinity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tolerations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority &amp;class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pree&amp;mption mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::QuantityField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::ResourcesForm</name>
    <message>
        <source>CPU &amp;request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;emory limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m (millicores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::RowTable</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current row from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::RunDetails</name>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run details tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log view appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;tifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (iteration %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::RunLauncher</name>
    <message>
        <source>Run launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function-handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the function&apos;s project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes (not available yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target runtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launcher sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters and inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as CLI command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as CLI command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step or count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list takes comma-separated values; a range goes from start to stop (inclusive) by step; random draws and log scales take a count of values between start and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hyperparameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hyperparameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hyperparameter takes a list of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid (every combination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list (row by row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random (draws)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. accuracy &gt;= 0.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max.accuracy or min.loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallel runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max iterations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;lector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperparameter kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a function reference like project/name@hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function %1 is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter in row %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input in row %1 needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label in row %1 needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hyperparameter in row %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a function to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs cannot start from here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the run...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started run %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::RunsMonitor</name>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label=value, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write label filters as key=value, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::SpecForm</name>
    <message>
        <source>Problems with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::StorageForm</name>
    <message>
        <source>Empty directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent volume claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (map, secret, claim, path or medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volumes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mounts:</source>
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
