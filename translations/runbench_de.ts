<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BundledHub</name>
    <message>
        <source>The bundled hub is missing from this build of Runbench.</source>
        <translation>Der mitgelieferte Hub fehlt in diesem Build von Runbench.</translation>
    </message>
    <message>
        <source>Cannot unpack the bundled hub into %1: %2.</source>
        <translation>Der mitgelieferte Hub kann nicht nach %1 entpackt werden: %2.</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Malformed JSON: %1.</source>
        <translation>Fehlerhaftes JSON: %1.</translation>
    </message>
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
        <source>Cannot open the file: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
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
    <name>EditorStoreTasks</name>
    <message>
        <source>Function %1/%2 is not in the store.</source>
        <translation>Die Funktion %1/%2 ist nicht im Speicher.</translation>
    </message>
    <message>
        <source>Function %1/%2@%3 is not in the store.</source>
        <translation>Die Funktion %1/%2@%3 ist nicht im Speicher.</translation>
    </message>
</context>
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
    <name>FunctionSpec</name>
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
    <name>HubCatalog</name>
    <message>
        <source>The hub catalog %1 is not a JSON object of functions.</source>
        <translation>Der Hub-Katalog %1 ist kein JSON-Objekt mit Funktionen.</translation>
    </message>
    <message>
        <source>Skipped item %1 of the hub catalog %2: it is not an object of versions.</source>
        <translation>Eintrag %1 des Hub-Katalogs %2 wurde übersprungen: Er ist kein Objekt mit Versionen.</translation>
    </message>
</context>
<context>
    <name>HubItem</name>
    <message>
        <source>The hub catalog %1 has item %2 version %3 whose %4 is not %5.</source>
        <translation>Im Hub-Katalog %1 hat Eintrag %2 in Version %3 ein Feld %4, das nicht %5 ist.</translation>
    </message>
</context>
<context>
    <name>HubLibrary</name>
    <message>
        <source>The hub sources setting is damaged; remove and add the sources again.</source>
        <translation>Die Einstellung der Hub-Quellen ist beschädigt; entfernen Sie die Quellen und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <source>A hub source named %1 exists already.</source>
        <translation>Eine Hub-Quelle namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor an http(s) URL.</source>
        <translation>%1 ist weder ein Ordner noch eine http(s)-URL.</translation>
    </message>
    <message>
        <source>There is no hub source named %1 to remove.</source>
        <translation>Es gibt keine Hub-Quelle namens %1, die entfernt werden könnte.</translation>
    </message>
    <message>
        <source>There is no hub source named %1.</source>
        <translation>Es gibt keine Hub-Quelle namens %1.</translation>
    </message>
    <message>
        <source>A hub source name must be non-empty and contain no &apos;/&apos; or &apos;:&apos;.</source>
        <translation>Der Name einer Hub-Quelle darf nicht leer sein und weder „/“ noch „:“ enthalten.</translation>
    </message>
    <message>
        <source>The hub channel %1 is not a plain name such as master or development.</source>
        <translation>Der Hub-Kanal %1 ist kein einfacher Name wie master oder development.</translation>
    </message>
    <message>
        <source>%1 is not a valid http(s) URL for a hub source.</source>
        <translation>%1 ist keine gültige http(s)-URL für eine Hub-Quelle.</translation>
    </message>
    <message>
        <source>The URL of the hub source %1 must not contain a user name or password.</source>
        <translation>Die URL der Hub-Quelle %1 darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>The hub source %1 has not been downloaded yet; refresh it to see its functions.</source>
        <translation>Die Hub-Quelle %1 wurde noch nicht heruntergeladen; aktualisieren Sie sie, um ihre Funktionen zu sehen.</translation>
    </message>
    <message>
        <source>The hub source %1 has no downloaded tags.json; refresh it.</source>
        <translation>Für die Hub-Quelle %1 ist keine tags.json heruntergeladen; aktualisieren Sie sie.</translation>
    </message>
    <message>
        <source>The tags.json of the hub source %1 is not a JSON object.</source>
        <translation>Die tags.json der Hub-Quelle %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be read (%2).</source>
        <translation>Der Katalog %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Could not refresh the hub source %1: %2 Offline — showing the catalog cached at %3.</source>
        <translation>Die Hub-Quelle %1 konnte nicht aktualisiert werden: %2 Offline — angezeigt wird der am %3 zwischengespeicherte Katalog.</translation>
    </message>
    <message>
        <source>Could not refresh the hub source %1: %2 No copy of its catalog is cached yet.</source>
        <translation>Die Hub-Quelle %1 konnte nicht aktualisiert werden: %2 Von ihrem Katalog ist noch keine Kopie zwischengespeichert.</translation>
    </message>
    <message>
        <source>Could not download %1 of item %2 version %3 from the hub source %4: %5</source>
        <translation>%1 von Eintrag %2 in Version %3 konnte nicht von der Hub-Quelle %4 heruntergeladen werden: %5</translation>
    </message>
    <message>
        <source>Item %1 version %2 of the hub source %3 lists no asset %4.</source>
        <translation>Eintrag %1 in Version %2 der Hub-Quelle %3 führt kein Asset %4.</translation>
    </message>
    <message>
        <source>Downloading item %1 version %2 of the hub source %3 was cancelled.</source>
        <translation>Das Herunterladen von Eintrag %1 in Version %2 der Hub-Quelle %3 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The item.yaml of item %1 version %2 of the hub source %3 is not a YAML mapping; the catalog entry is used instead.</source>
        <translation>Die item.yaml von Eintrag %1 in Version %2 der Hub-Quelle %3 ist keine YAML-Zuordnung; stattdessen wird der Katalogeintrag verwendet.</translation>
    </message>
</context>
<context>
    <name>HubSource</name>
    <message>
        <source>The hub source %1 is on the web (%2); only local hub sources are read here.</source>
        <translation>Die Hub-Quelle %1 liegt im Web (%2); hier werden nur lokale Hub-Quellen gelesen.</translation>
    </message>
    <message>
        <source>The hub source %1 refuses the file %2 of item %3 version %4: the path must stay inside the item&apos;s folder.</source>
        <translation>Die Hub-Quelle %1 weist die Datei %2 von Eintrag %3 in Version %4 zurück: Der Pfad muss im Ordner des Eintrags bleiben.</translation>
    </message>
    <message>
        <source>Item %1 version %2 of the hub source %3 lists no asset %4.</source>
        <translation>Eintrag %1 in Version %2 der Hub-Quelle %3 führt kein Asset %4.</translation>
    </message>
    <message>
        <source>The hub source %1 refuses item %2 version %3: names must not be paths.</source>
        <translation>Die Hub-Quelle %1 weist Eintrag %2 in Version %3 zurück: Namen dürfen keine Pfade sein.</translation>
    </message>
    <message>
        <source>The hub source %1 refuses the path %2 of item %3 version %4: the path must stay inside the item&apos;s folder.</source>
        <translation>Die Hub-Quelle %1 weist den Pfad %2 von Eintrag %3 in Version %4 zurück: Der Pfad muss im Ordner des Eintrags bleiben.</translation>
    </message>
    <message>
        <source>The hub source %1 has no file %2 for item %3 version %4.</source>
        <translation>Die Hub-Quelle %1 hat keine Datei %2 für Eintrag %3 in Version %4.</translation>
    </message>
    <message>
        <source>The hub source %1 refuses the file %2 of item %3 version %4: it lies outside the hub folder.</source>
        <translation>Die Hub-Quelle %1 weist die Datei %2 von Eintrag %3 in Version %4 zurück: Sie liegt außerhalb des Hub-Ordners.</translation>
    </message>
    <message>
        <source>Could not read %1 of item %2 version %3 from the hub source %4: %5.</source>
        <translation>%1 von Eintrag %2 in Version %3 konnte nicht aus der Hub-Quelle %4 gelesen werden: %5.</translation>
    </message>
    <message>
        <source>The hub source %1 has no %2 at %3.</source>
        <translation>Die Hub-Quelle %1 hat keine %2 unter %3.</translation>
    </message>
    <message>
        <source>Could not read the %1 of the hub source %2: %3.</source>
        <translation>Die Datei %1 der Hub-Quelle %2 konnte nicht gelesen werden: %3.</translation>
    </message>
</context>
<context>
    <name>HubTasks</name>
    <message>
        <source>Item %1 version %2 lists no source file.</source>
        <translation>Element %1 Version %2 nennt keine Quelldatei.</translation>
    </message>
    <message>
        <source>There is no project named %1 to import into.</source>
        <translation>Es gibt kein Projekt namens %1, in das importiert werden könnte.</translation>
    </message>
    <message>
        <source>… (cut after %1 KiB)</source>
        <translation>… (nach %1 KiB abgeschnitten)</translation>
    </message>
</context>
<context>
    <name>HubUri</name>
    <message>
        <source>The reference %1 does not start with hub://.</source>
        <translation>Der Verweis %1 beginnt nicht mit hub://.</translation>
    </message>
    <message>
        <source>The hub reference %1 must have at most one tag after a colon.</source>
        <translation>Der Hub-Verweis %1 darf höchstens ein Tag nach einem Doppelpunkt haben.</translation>
    </message>
    <message>
        <source>The hub reference %1 has a &apos;/&apos; in its function or source name.</source>
        <translation>Der Hub-Verweis %1 enthält ein &apos;/&apos; im Funktions- oder Quellnamen.</translation>
    </message>
    <message>
        <source>The hub reference %1 names no function.</source>
        <translation>Der Hub-Verweis %1 nennt keine Funktion.</translation>
    </message>
    <message>
        <source>There is no hub source named %1 for %2.</source>
        <translation>Es gibt keine Hub-Quelle namens %1 für %2.</translation>
    </message>
    <message>
        <source>The hub source %1 has no function %2 with tag %3.</source>
        <translation>Die Hub-Quelle %1 hat keine Funktion %2 mit dem Tag %3.</translation>
    </message>
    <message>
        <source>No hub source has the function %1 with tag %2.</source>
        <translation>Keine Hub-Quelle hat die Funktion %1 mit dem Tag %2.</translation>
    </message>
</context>
<context>
    <name>HyperSweep</name>
    <message>
        <source>The parameter %1 must have a non-empty list of values.</source>
        <translation>Der Parameter %1 muss eine nicht leere Liste von Werten haben.</translation>
    </message>
    <message>
        <source>A quoted value in the CSV file is not closed.</source>
        <translation>Ein Wert in Anführungszeichen ist in der CSV-Datei nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The CSV parameter file needs a header row and at least one row of values.</source>
        <translation>Die CSV-Parameterdatei braucht eine Kopfzeile und mindestens eine Zeile mit Werten.</translation>
    </message>
    <message>
        <source>Every column of the CSV parameter file needs a name.</source>
        <translation>Jede Spalte der CSV-Parameterdatei braucht einen Namen.</translation>
    </message>
    <message>
        <source>Row %1 of the CSV parameter file has %2 values but the header names %3 parameters.</source>
        <translation>Zeile %1 der CSV-Parameterdatei hat %2 Werte, aber die Kopfzeile nennt %3 Parameter.</translation>
    </message>
    <message>
        <source>The parameter file %1 does not exist.</source>
        <translation>Die Parameterdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The parameter file %1 is larger than %2 MB.</source>
        <translation>Die Parameterdatei %1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>The parameter file %1 cannot be read: %2.</source>
        <translation>Die Parameterdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The parameter file must hold a JSON object of {name: [values]}.</source>
        <translation>Die Parameterdatei muss ein JSON-Objekt der Form {name: [values]} enthalten.</translation>
    </message>
    <message>
        <source>The sweep would run %1 iterations; at most %2 are allowed.</source>
        <translation>Der Sweep würde %1 Iterationen ausführen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>illegal iteration selector %1, selector format [min|max.]&lt;result-name&gt; e.g. max.accuracy</source>
        <translation>ungültiger Iterationsselektor %1, Selektorformat [min|max.]&lt;result-name&gt;, z. B. max.accuracy</translation>
    </message>
    <message>
        <source>The list strategy needs the same number of values for every parameter.</source>
        <translation>Die Strategie list braucht für jeden Parameter gleich viele Werte.</translation>
    </message>
</context>
<context>
    <name>JobManifestBuilder</name>
    <message>
        <source>The run wrapper is missing from this build of Runbench.</source>
        <translation>Der Lauf-Wrapper fehlt in diesem Build von Runbench.</translation>
    </message>
    <message>
        <source>The run wrapper, the function&apos;s code and the task come to %1 KiB, more than the %2 KiB a Kubernetes ConfigMap holds.</source>
        <translation>Lauf-Wrapper, Code der Funktion und Auftrag ergeben zusammen %1 KiB, mehr als die %2 KiB, die eine Kubernetes-ConfigMap fasst.</translation>
    </message>
</context>
<context>
    <name>KubeClient</name>
    <message>
        <source>%1 failed with HTTP status %2: %3</source>
        <translation>%1 ist mit HTTP-Status %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2.</source>
        <translation>%1 ist mit HTTP-Status %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 failed (%2).</source>
        <translation>%1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3).</source>
        <translation>%1 ist fehlgeschlagen: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 failed: the answer is not JSON (%2).</source>
        <translation>%1 ist fehlgeschlagen: Die Antwort ist kein JSON (%2).</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <source>Creating %1 &quot;%2&quot; in namespace &quot;%3&quot;</source>
        <translation>Das Anlegen von %1 „%2“ im Namespace „%3“</translation>
    </message>
    <message>
        <source>Reading %1 &quot;%2&quot; in namespace &quot;%3&quot;</source>
        <translation>Das Lesen von %1 „%2“ im Namespace „%3“</translation>
    </message>
    <message>
        <source>Listing %1 objects in namespace &quot;%2&quot;</source>
        <translation>Das Auflisten der %1-Objekte im Namespace „%2“</translation>
    </message>
    <message>
        <source>Deleting %1 &quot;%2&quot; in namespace &quot;%3&quot;</source>
        <translation>Das Löschen von %1 „%2“ im Namespace „%3“</translation>
    </message>
    <message>
        <source>Watching %1 objects in namespace &quot;%2&quot;</source>
        <translation>Das Beobachten der %1-Objekte im Namespace „%2“</translation>
    </message>
    <message>
        <source>%1 failed: the server sent an event that is not JSON.</source>
        <translation>%1 ist fehlgeschlagen: Der Server hat ein Ereignis gesendet, das kein JSON ist.</translation>
    </message>
    <message>
        <source>%1 failed: the server ended the watch at once without sending anything.</source>
        <translation>%1 ist fehlgeschlagen: Der Server hat die Beobachtung sofort beendet, ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>Reading the log of pod &quot;%1&quot; in namespace &quot;%2&quot;</source>
        <translation>Das Lesen des Logs von Pod „%1“ im Namespace „%2“</translation>
    </message>
</context>
<context>
    <name>KubeConfig</name>
    <message>
        <source>The %1 of %2 in %3 is not valid base64.</source>
        <translation>Der Wert %1 von %2 in %3 ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation>Cluster „%1“</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <source>The %1 of kubeconfig file %2 are not a list.</source>
        <translation>Die Einträge %1 der Kubeconfig-Datei %2 sind keine Liste.</translation>
    </message>
    <message>
        <source>Kubeconfig file %1 has an entry in %2 without a name.</source>
        <translation>Die Kubeconfig-Datei %1 hat in %2 einen Eintrag ohne Namen.</translation>
    </message>
    <message>
        <source>The %1 file %2 could not be read (%3).</source>
        <translation>Die Datei %2 (%1) konnte nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>The kubeconfig file %1 could not be read: %2</source>
        <translation>Die Kubeconfig-Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The kubeconfig file %1 does not hold a mapping.</source>
        <translation>Die Kubeconfig-Datei %1 enthält kein Mapping.</translation>
    </message>
    <message>
        <source>The kubeconfig file %1 does not exist.</source>
        <translation>Die Kubeconfig-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>None of the kubeconfig files %1 exists.</source>
        <translation>Keine der Kubeconfig-Dateien %1 existiert.</translation>
    </message>
    <message>
        <source>No kubeconfig was found (KUBECONFIG and ~/.kube/config) and Runbench does not run inside a Kubernetes pod.</source>
        <translation>Es wurde keine Kubeconfig gefunden (KUBECONFIG und ~/.kube/config), und Runbench läuft nicht in einem Kubernetes-Pod.</translation>
    </message>
    <message>
        <source>Runbench does not run inside a Kubernetes pod (KUBERNETES_SERVICE_HOST, KUBERNETES_SERVICE_PORT or the service account token %1 is missing).</source>
        <translation>Runbench läuft nicht in einem Kubernetes-Pod (KUBERNETES_SERVICE_HOST, KUBERNETES_SERVICE_PORT oder das Service-Account-Token %1 fehlt).</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; in %2 has more than one authentication method (a token and a username/password).</source>
        <translation>Benutzer „%1“ in %2 hat mehr als eine Anmeldemethode (ein Token und Benutzername/Passwort).</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; in %2 has a client certificate without its key or a key without its certificate.</source>
        <translation>Benutzer „%1“ in %2 hat ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat.</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; in %2 lacks a command or an apiVersion.</source>
        <translation>Dem Exec-Plugin von Benutzer „%1“ in %2 fehlt command oder apiVersion.</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; in %2 uses %3; Runbench supports %4 and %5.</source>
        <translation>Das Exec-Plugin von Benutzer „%1“ in %2 verwendet %3; Runbench unterstützt %4 und %5.</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; in %2 must set interactiveMode.</source>
        <translation>Das Exec-Plugin von Benutzer „%1“ in %2 muss interactiveMode setzen.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; in %2 sets both exec and auth-provider.</source>
        <translation>Benutzer „%1“ in %2 setzt sowohl exec als auch auth-provider.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; in %2 uses the removed auth-provider &quot;%3&quot;; switch to its exec credential plugin.</source>
        <translation>Benutzer „%1“ in %2 verwendet den entfernten auth-provider „%3“; wechseln Sie zu dessen Exec-Credential-Plugin.</translation>
    </message>
    <message>
        <source>The kubeconfig %1 sets no current-context; choose a context.</source>
        <translation>Die Kubeconfig %1 setzt keinen current-context; wählen Sie einen Kontext.</translation>
    </message>
    <message>
        <source>The kubeconfig %1 has no context named &quot;%2&quot;.</source>
        <translation>Die Kubeconfig %1 hat keinen Kontext namens „%2“.</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; refers to cluster &quot;%2&quot;, which the kubeconfig %3 does not define.</source>
        <translation>Kontext „%1“ verweist auf Cluster „%2“, den die Kubeconfig %3 nicht definiert.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; in %2 has no server.</source>
        <translation>Cluster „%1“ in %2 hat keinen Server.</translation>
    </message>
    <message>
        <source>The server %1 of cluster &quot;%2&quot; is not an http or https address.</source>
        <translation>Der Server %1 von Cluster „%2“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; in %2 sets insecure-skip-tls-verify together with a certificate authority.</source>
        <translation>Cluster „%1“ in %2 setzt insecure-skip-tls-verify zusammen mit einer Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; refers to user &quot;%2&quot;, which the kubeconfig %3 does not define.</source>
        <translation>Kontext „%1“ verweist auf Benutzer „%2“, den die Kubeconfig %3 nicht definiert.</translation>
    </message>
    <message>
        <source>The namespace &quot;%1&quot; of context &quot;%2&quot; is not a valid Kubernetes name.</source>
        <translation>Der Namespace „%1“ von Kontext „%2“ ist kein gültiger Kubernetes-Name.</translation>
    </message>
    <message>
        <source>certificate authority of cluster &quot;%1&quot;</source>
        <translation>Zertifizierungsstelle von Cluster „%1“</translation>
    </message>
</context>
<context>
    <name>KubeCredentials</name>
    <message>
        <source>The %1 file %2 could not be read (%3).</source>
        <translation>Die Datei %2 (%1) konnte nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>client certificate of user &quot;%1&quot;</source>
        <translation>Client-Zertifikat von Benutzer „%1“</translation>
    </message>
    <message>
        <source>client key of user &quot;%1&quot;</source>
        <translation>Client-Schlüssel von Benutzer „%1“</translation>
    </message>
    <message>
        <source>token of user &quot;%1&quot;</source>
        <translation>Token von Benutzer „%1“</translation>
    </message>
    <message>
        <source>The credential plugin %1 of user &quot;%2&quot;</source>
        <translation>Das Credential-Plugin %1 von Benutzer „%2“</translation>
    </message>
    <message>
        <source>%1 needs an interactive terminal (interactiveMode Always); run kubectl once in a terminal or change the plugin.</source>
        <translation>%1 braucht ein interaktives Terminal (interactiveMode Always); führen Sie kubectl einmal in einem Terminal aus oder ändern Sie das Plugin.</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH).</source>
        <translation>%1 ist nicht installiert (nicht im PATH gefunden).</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH): %2</source>
        <translation>%1 ist nicht installiert (nicht im PATH gefunden): %2</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s.</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig.</translation>
    </message>
    <message>
        <source>%1 could not be started (%2).</source>
        <translation>%1 konnte nicht gestartet werden (%2).</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>%1 printed something that is not an ExecCredential JSON object.</source>
        <translation>%1 hat etwas ausgegeben, das kein ExecCredential-JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>%1 answered with apiVersion &quot;%2&quot; instead of &quot;%3&quot;.</source>
        <translation>%1 hat mit apiVersion „%2“ statt „%3“ geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered without a status.</source>
        <translation>%1 hat ohne status geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered a client certificate without its key or a key without its certificate.</source>
        <translation>%1 hat ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat geliefert.</translation>
    </message>
    <message>
        <source>%1 answered neither a token nor a client certificate.</source>
        <translation>%1 hat weder ein Token noch ein Client-Zertifikat geliefert.</translation>
    </message>
    <message>
        <source>%1 answered the expirationTimestamp &quot;%2&quot;, which is not an RFC 3339 time.</source>
        <translation>%1 hat den expirationTimestamp „%2“ geliefert, der keine RFC-3339-Zeit ist.</translation>
    </message>
</context>
<context>
    <name>LauncherValues</name>
    <message>
        <source>The parameter %1 needs a whole number, not &apos;%2&apos;.</source>
        <translation>Der Parameter %1 braucht eine ganze Zahl, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The parameter %1 needs a number, not &apos;%2&apos;.</source>
        <translation>Der Parameter %1 braucht eine Zahl, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The parameter %1 needs true or false, not &apos;%2&apos;.</source>
        <translation>Der Parameter %1 braucht true oder false, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The parameter %1 needs a JSON list like [1, 2], not &apos;%2&apos;.</source>
        <translation>Der Parameter %1 braucht eine JSON-Liste wie [1, 2], nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The parameter %1 needs a JSON object like {&quot;a&quot;: 1}, not &apos;%2&apos;.</source>
        <translation>Der Parameter %1 braucht ein JSON-Objekt wie {&quot;a&quot;: 1}, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The hyperparameter %1 needs at least one value.</source>
        <translation>Der Hyperparameter %1 braucht mindestens einen Wert.</translation>
    </message>
    <message>
        <source>The hyperparameter %1 needs numbers for start, stop and step or count.</source>
        <translation>Der Hyperparameter %1 braucht Zahlen für Start, Ende und Schritt bzw. Anzahl.</translation>
    </message>
    <message>
        <source>The step of hyperparameter %1 must lead from start to stop.</source>
        <translation>Der Schritt des Hyperparameters %1 muss vom Start zum Ende führen.</translation>
    </message>
    <message>
        <source>The range of hyperparameter %1 has more than %2 values.</source>
        <translation>Der Bereich des Hyperparameters %1 hat mehr als %2 Werte.</translation>
    </message>
    <message>
        <source>The count of hyperparameter %1 must be a whole number from 1 to %2.</source>
        <translation>Die Anzahl des Hyperparameters %1 muss eine ganze Zahl von 1 bis %2 sein.</translation>
    </message>
    <message>
        <source>The stop of hyperparameter %1 must not be below its start.</source>
        <translation>Das Ende des Hyperparameters %1 darf nicht unter seinem Start liegen.</translation>
    </message>
    <message>
        <source>A log scale needs start and stop above zero (hyperparameter %1).</source>
        <translation>Eine logarithmische Skala braucht Start und Ende über null (Hyperparameter %1).</translation>
    </message>
</context>
<context>
    <name>LocalProcess</name>
    <message>
        <source>%1 was not found; install it or choose another interpreter.</source>
        <translation>%1 wurde nicht gefunden; installieren Sie es oder wählen Sie einen anderen Interpreter.</translation>
    </message>
    <message>
        <source>Could not start %1: %2.</source>
        <translation>%1 konnte nicht gestartet werden: %2.</translation>
    </message>
</context>
<context>
    <name>LocalRuntime</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>spec.build.functionSourceCode is not valid base64, so there is no code to run.</source>
        <translation>spec.build.functionSourceCode ist kein gültiges base64, daher gibt es keinen Code zum Ausführen.</translation>
    </message>
    <message>
        <source>The function has neither embedded code nor a command to run.</source>
        <translation>Die Funktion hat weder eingebetteten Code noch einen auszuführenden Befehl.</translation>
    </message>
    <message>
        <source>The function has no default handler; name one with --handler.</source>
        <translation>Die Funktion hat keinen Standard-Handler; geben Sie einen mit --handler an.</translation>
    </message>
    <message>
        <source>The run wrapper is missing from this build of Runbench.</source>
        <translation>Der Lauf-Wrapper fehlt in diesem Build von Runbench.</translation>
    </message>
    <message>
        <source>Cannot create the run folder %1.</source>
        <translation>Der Laufordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>LogMatcher</name>
    <message>
        <source>The regular expression is not valid: %1.</source>
        <translation>Der reguläre Ausdruck ist ungültig: %1.</translation>
    </message>
</context>
<context>
    <name>ManifestPlan</name>
    <message>
        <source>spec.build.functionSourceCode is not valid base64, so there is no code to run.</source>
        <translation>spec.build.functionSourceCode ist kein gültiges base64, daher gibt es keinen Code zum Ausführen.</translation>
    </message>
    <message>
        <source>The function has neither embedded code nor a command to run.</source>
        <translation>Die Funktion hat weder eingebetteten Code noch einen auszuführenden Befehl.</translation>
    </message>
    <message>
        <source>The function has no default handler; name one with --handler.</source>
        <translation>Die Funktion hat keinen Standard-Handler; geben Sie einen mit --handler an.</translation>
    </message>
</context>
<context>
    <name>ManifestSet</name>
    <message>
        <source>Functions of kind %1 do not run on Kubernetes from Runbench; kinds that do are job, mpijob, spark, dask, nuclio, remote and serving.</source>
        <translation>Funktionen der Art %1 laufen aus Runbench nicht auf Kubernetes; das tun die Arten job, mpijob, spark, dask, nuclio, remote und serving.</translation>
    </message>
    <message>
        <source>Hyperparameter sweeps run as one Job per iteration, so they need a function of kind job, not %1.</source>
        <translation>Hyperparameter-Sweeps laufen als ein Job pro Iteration und brauchen daher eine Funktion der Art job, nicht %1.</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
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
    <name>RunTask</name>
    <message>
        <source>%1 must be a mapping.</source>
        <translation>%1 muss ein Mapping sein.</translation>
    </message>
    <message>
        <source>%1 must map names to plain values.</source>
        <translation>%1 muss Namen auf einfache Werte abbilden.</translation>
    </message>
    <message>
        <source>illegal hyper param strategy %1, use grid, list or random</source>
        <translation>ungültige Hyperparameter-Strategie %1, verwenden Sie grid, list oder random</translation>
    </message>
    <message>
        <source>max_iterations is only valid in random strategy</source>
        <translation>max_iterations ist nur bei der Strategie random gültig</translation>
    </message>
    <message>
        <source>max_iterations must be at least 1</source>
        <translation>max_iterations muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>max_errors must not be negative</source>
        <translation>max_errors darf nicht negativ sein</translation>
    </message>
    <message>
        <source>hyperparams and param_file cannot be used together</source>
        <translation>hyperparams und param_file können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>CSV param file cannot be used with grid or random strategy, use a JSON file for parameters or leave empty</source>
        <translation>eine CSV-Parameterdatei kann nicht mit der Strategie grid oder random verwendet werden, verwenden Sie eine JSON-Datei für die Parameter oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>parallel_runs must be at least 1</source>
        <translation>parallel_runs muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>the timeout must be at least one second</source>
        <translation>das Zeitlimit muss mindestens eine Sekunde betragen</translation>
    </message>
    <message>
        <source>hyperparams must be a mapping of names to lists of values</source>
        <translation>hyperparams muss ein Mapping von Namen auf Listen von Werten sein</translation>
    </message>
    <message>
        <source>hyperparameter %1 must be a non-empty list</source>
        <translation>Hyperparameter %1 muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>the list strategy needs the same number of values for every hyperparameter</source>
        <translation>die Strategie list braucht für jeden Hyperparameter gleich viele Werte</translation>
    </message>
    <message>
        <source>parameters must be a mapping of names to values</source>
        <translation>parameters muss ein Mapping von Namen auf Werte sein</translation>
    </message>
    <message>
        <source>a parameter has an empty name</source>
        <translation>ein Parameter hat einen leeren Namen</translation>
    </message>
    <message>
        <source>an input has an empty name</source>
        <translation>eine Eingabe hat einen leeren Namen</translation>
    </message>
    <message>
        <source>A run task must be a mapping with metadata and spec.</source>
        <translation>Ein Lauf-Task muss ein Mapping mit metadata und spec sein.</translation>
    </message>
    <message>
        <source>The metadata and spec of a run task must be mappings.</source>
        <translation>metadata und spec eines Lauf-Tasks müssen Mappings sein.</translation>
    </message>
    <message>
        <source>spec.parameters must be a mapping.</source>
        <translation>spec.parameters muss ein Mapping sein.</translation>
    </message>
    <message>
        <source>spec.hyperparams must be a mapping.</source>
        <translation>spec.hyperparams muss ein Mapping sein.</translation>
    </message>
</context>
<context>
    <name>Runbench::Models::IterationsTableModel</name>
    <message>
        <source>Best iteration</source>
        <translation>Beste Iteration</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
</context>
<context>
    <name>Runbench::Models::LogLineIndex</name>
    <message>
        <source>Cannot read the log file %1: %2</source>
        <translation>Die Logdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Runbench::Models::LogSearcher</name>
    <message>
        <source>Cannot read the log file %1: %2</source>
        <translation>Die Logdatei %1 kann nicht gelesen werden: %2</translation>
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
    <message>
        <source>Runs (%1)</source>
        <translation>Läufe (%1)</translation>
    </message>
    <message>
        <source>Runs (%1 · %2 active)</source>
        <translation>Läufe (%1 · %2 aktiv)</translation>
    </message>
    <message>
        <source>Activate to list the runs of %1.</source>
        <translation>Aktivieren, um die Läufe von %1 aufzulisten.</translation>
    </message>
</context>
<context>
    <name>Runbench::Models::RunsTableModel</name>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>Runbench::Runtimes::RunFollower</name>
    <message>
        <source>Runs cannot start because the run store could not be opened.</source>
        <translation>Läufe können nicht starten, weil der Speicher der Läufe nicht geöffnet werden konnte.</translation>
    </message>
    <message>
        <source>Run %1 cannot be aborted because the run store could not be opened.</source>
        <translation>Lauf %1 kann nicht abgebrochen werden, weil der Speicher der Läufe nicht geöffnet werden konnte.</translation>
    </message>
</context>
<context>
    <name>Runbench::Runtimes::RunService</name>
    <message>
        <source>Cannot create the run folder %1.</source>
        <translation>Der Laufordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The run&apos;s process ended with exit code %1 without reporting an outcome.</source>
        <translation>Der Prozess des Laufs endete mit Exit-Code %1, ohne ein Ergebnis zu melden.</translation>
    </message>
    <message>
        <source>The run&apos;s process is gone and did not report an outcome (was it killed?).</source>
        <translation>Der Prozess des Laufs existiert nicht mehr und hat kein Ergebnis gemeldet (wurde er gewaltsam beendet?).</translation>
    </message>
    <message>
        <source>No best iteration was selected; check the selector (%1) or the results.</source>
        <translation>Es wurde keine beste Iteration ausgewählt; prüfen Sie den Selektor (%1) oder die Ergebnisse.</translation>
    </message>
    <message>
        <source>%1 of %2 iterations failed; see their logs.</source>
        <translation>%1 von %2 Iterationen sind fehlgeschlagen; siehe ihre Logs.</translation>
    </message>
    <message>
        <source>No run has the uid %1.</source>
        <translation>Es gibt keinen Lauf mit der uid %1.</translation>
    </message>
    <message>
        <source>Aborted by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>The sweep&apos;s function %1 is no longer stored.</source>
        <translation>Die Funktion %1 des Sweeps ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Functions of kind %1 run as a %2, which needs a cluster; Runbench runs only local, handler, job, dask and mpijob functions on this machine.</source>
        <translation>Funktionen der Art %1 laufen als %2, wofür ein Cluster nötig ist; auf diesem Rechner führt Runbench nur Funktionen der Arten local, handler, job, dask und mpijob aus.</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::ActivityIndicator</name>
    <message>
        <source>Background activity</source>
        <translation>Hintergrundaktivität</translation>
    </message>
    <message>
        <source>Background work in progress</source>
        <translation>Arbeit im Hintergrund läuft</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weitere)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::AdvancedForm</name>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>&amp;Replikate:</translation>
    </message>
    <message>
        <source>Image &amp;pull policy:</source>
        <translation>Image-&amp;Pull-Richtlinie:</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>If not present</source>
        <translation>Wenn nicht vorhanden</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Image pull &amp;secret:</source>
        <translation>Image-Pull-&amp;Secret:</translation>
    </message>
    <message>
        <source>Service &amp;account:</source>
        <translation>Dienst&amp;konto:</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::ArtifactsPanel</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is a binary file of %2; no preview.</source>
        <translation>%1 ist eine Binärdatei mit %2; keine Vorschau.</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Select an artifact to preview it.</source>
        <translation>Wählen Sie ein Artefakt für die Vorschau.</translation>
    </message>
    <message>
        <source>Artifact text</source>
        <translation>Artefakttext</translation>
    </message>
    <message>
        <source>Artifact image</source>
        <translation>Artefaktbild</translation>
    </message>
    <message>
        <source>Artifact table</source>
        <translation>Artefakttabelle</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>This run logged no artifacts.</source>
        <translation>Dieser Lauf hat keine Artefakte protokolliert.</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>[preview cut here]</source>
        <translation>[Vorschau hier abgeschnitten]</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::BuildForm</name>
    <message>
        <source>&amp;Base image:</source>
        <translation>&amp;Basis-Image:</translation>
    </message>
    <message>
        <source>&amp;Requirements (one per line):</source>
        <translation>&amp;Abhängigkeiten (eine pro Zeile):</translation>
    </message>
    <message>
        <source>Build &amp;commands (one per line):</source>
        <translation>Build-&amp;Befehle (einer pro Zeile):</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::CodeEditor</name>
    <message>
        <source>Function code</source>
        <translation>Code der Funktion</translation>
    </message>
    <message>
        <source>Code language</source>
        <translation>Sprache des Codes</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::EnvironmentForm</name>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Name des Secrets</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Schlüssel im Secret</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>&amp;Variablen:</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>Re&amp;gulärer Ausdruck</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation>Diesen Treffer ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation>Alle Treffer ersetzen</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not found.</source>
        <translation>&apos;%1&apos; wurde nicht gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es).</source>
        <translation>
            <numerusform>%n Treffer ersetzt.</numerusform>
            <numerusform>%n Treffer ersetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::FunctionEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>Code bearbeiten</translation>
    </message>
    <message>
        <source>Function editor</source>
        <translation>Funktionseditor</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>Version &amp;speichern</translation>
    </message>
    <message>
        <source>Save a new version</source>
        <translation>Eine neue Version speichern</translation>
    </message>
    <message>
        <source>Hash of the saved version</source>
        <translation>Hash der gespeicherten Version</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Hash:</translation>
    </message>
    <message>
        <source>Function settings</source>
        <translation>Einstellungen der Funktion</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Node placement</source>
        <translation>Knotenplatzierung</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Function object as YAML</source>
        <translation>Funktionsobjekt als YAML</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>New function in project %1.</source>
        <translation>Neue Funktion im Projekt %1.</translation>
    </message>
    <message>
        <source>Opening %1/%2…</source>
        <translation>%1/%2 wird geöffnet …</translation>
    </message>
    <message>
        <source>Opened %1/%2.</source>
        <translation>%1/%2 geöffnet.</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>stored version</source>
        <translation>gespeicherte Version</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the version into the editor; save to make it the newest.</source>
        <translation>Die Version ist im Editor wiederhergestellt; speichern Sie, um sie zur neuesten zu machen.</translation>
    </message>
    <message>
        <source>New function</source>
        <translation>Neue Funktion</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved version %1 as %2.</source>
        <translation>Version %1 als %2 gespeichert.</translation>
    </message>
    <message>
        <source>Unchanged: version %1 is already stored.</source>
        <translation>Unverändert: Version %1 ist bereits gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n problem(s) to fix before it can run.</source>
        <translation>
            <numerusform>Sie hat %n Problem, das vor dem Ausführen behoben werden muss.</numerusform>
            <numerusform>Sie hat %n Probleme, die vor dem Ausführen behoben werden müssen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::GeneralForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Default handler</source>
        <translation>Standard-Handler</translation>
    </message>
    <message>
        <source>Default &amp;handler:</source>
        <translation>Standard-&amp;Handler:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>&amp;Arguments (one per line):</source>
        <translation>&amp;Argumente (eines pro Zeile):</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::HistoryPane</name>
    <message>
        <source>&amp;Restore into editor</source>
        <translation>Im Editor &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Stored versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Columns of the stored versions</source>
        <translation>Spalten der gespeicherten Versionen</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Vergleichen ab Version</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Vergleichen mit Version</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Unterschiede zwischen den Versionen</translation>
    </message>
    <message>
        <source>Restore the selected version into the editor</source>
        <translation>Die ausgewählte Version im Editor wiederherstellen</translation>
    </message>
    <message>
        <source>Reload the versions</source>
        <translation>Die Versionen neu laden</translation>
    </message>
    <message>
        <source>Compare &amp;from:</source>
        <translation>Vergleichen &amp;von:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;mit:</translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation>Versionen werden geladen …</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [%2] (%3)</source>
        <translation>%1 [%2] (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source># code (spec.build.functionSourceCode, decoded)</source>
        <translation># Code (spec.build.functionSourceCode, dekodiert)</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Die beiden Versionen sind gleich.</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::HubPage</name>
    <message>
        <source>Function hub</source>
        <translation>Funktions-Hub</translation>
    </message>
    <message>
        <source>Hub items</source>
        <translation>Hub-Elemente</translation>
    </message>
    <message>
        <source>Search the hub</source>
        <translation>Hub durchsuchen</translation>
    </message>
    <message>
        <source>Search names, descriptions and categories (Ctrl+F)</source>
        <translation>Namen, Beschreibungen und Kategorien durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh hub sources</source>
        <translation>Hub-Quellen aktualisieren</translation>
    </message>
    <message>
        <source>Read every hub source again</source>
        <translation>Alle Hub-Quellen neu lesen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hub loading progress</source>
        <translation>Ladefortschritt des Hubs</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Refreshing the hub sources…</source>
        <translation>Hub-Quellen werden aktualisiert …</translation>
    </message>
    <message>
        <source>Loading the hub…</source>
        <translation>Hub wird geladen …</translation>
    </message>
    <message>
        <source>Loading was cancelled; the hub shows what it showed before.</source>
        <translation>Das Laden wurde abgebrochen; der Hub zeigt weiter, was er vorher zeigte.</translation>
    </message>
    <message>
        <source>Importing %1 %2 into project %3…</source>
        <translation>%1 %2 wird in das Projekt %3 importiert …</translation>
    </message>
    <message>
        <source>Imported %1 into project %2 as version %3 (from %4).</source>
        <translation>%1 wurde als Version %3 in das Projekt %2 importiert (aus %4).</translation>
    </message>
    <message>
        <source>%1 version %3 is already in project %2; nothing was added.</source>
        <translation>%1 Version %3 ist bereits im Projekt %2; nichts wurde hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 von %n Element</numerusform>
            <numerusform>%1 von %n Elementen</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub message</source>
        <translation>Hub-Meldung</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::HubPreviewPane</name>
    <message>
        <source>Choose a hub item to see its README and source.</source>
        <translation>Wählen Sie ein Hub-Element, um README und Quelltext zu sehen.</translation>
    </message>
    <message>
        <source>Hub item files</source>
        <translation>Dateien des Hub-Elements</translation>
    </message>
    <message>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <source>&amp;README</source>
        <translation>&amp;README</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <source>Function definition</source>
        <translation>Funktionsdefinition</translation>
    </message>
    <message>
        <source>&amp;function.yaml</source>
        <translation>&amp;function.yaml</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Project to import into</source>
        <translation>Zielprojekt des Imports</translation>
    </message>
    <message>
        <source>&amp;Import to Project</source>
        <translation>In Projekt &amp;importieren</translation>
    </message>
    <message>
        <source>Import to project</source>
        <translation>In Projekt importieren</translation>
    </message>
    <message>
        <source>Store this version as a function of the chosen project (Enter)</source>
        <translation>Diese Version als Funktion des gewählten Projekts speichern (Eingabe)</translation>
    </message>
    <message>
        <source>R&amp;un Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Open the run launcher for this version</source>
        <translation>Den Ausführungsstarter für diese Version öffnen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <translation>Art %1</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Kategorien: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>*This item has no README.*

%1</source>
        <translation>*Dieses Element hat kein README.*

%1</translation>
    </message>
    <message>
        <source># function.yaml is not available</source>
        <translation># function.yaml ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The source of this item is not available.</source>
        <translation>Der Quelltext dieses Elements ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Highlighting %1…</source>
        <translation>%1 wird hervorgehoben …</translation>
    </message>
    <message>
        <source>Hub item name</source>
        <translation>Name des Hub-Elements</translation>
    </message>
    <message>
        <source>Hub item description</source>
        <translation>Beschreibung des Hub-Elements</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::IterationsPanel</name>
    <message>
        <source>Iterations table</source>
        <translation>Iterationstabelle</translation>
    </message>
    <message>
        <source>Result to chart</source>
        <translation>Ergebnis im Diagramm</translation>
    </message>
    <message>
        <source>Parameter to chart against</source>
        <translation>Parameter der x-Achse</translation>
    </message>
    <message>
        <source>Chart of a result against a parameter</source>
        <translation>Diagramm eines Ergebnisses über einem Parameter</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
    <message>
        <source>&amp;against parameter:</source>
        <translation>ü&amp;ber Parameter:</translation>
    </message>
    <message>
        <source>Pick a result and a parameter to chart.</source>
        <translation>Wählen Sie ein Ergebnis und einen Parameter für das Diagramm.</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Best iteration</source>
        <translation>Beste Iteration</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>No iteration has numbers for both.</source>
        <translation>Keine Iteration hat Zahlen für beide.</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::KateHighlighter</name>
    <message>
        <source>kate-syntax-highlighter is not installed; showing plain text.</source>
        <translation>kate-syntax-highlighter ist nicht installiert; es wird reiner Text angezeigt.</translation>
    </message>
    <message>
        <source>kate-syntax-highlighter could not start: %1</source>
        <translation>kate-syntax-highlighter konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>kate-syntax-highlighter could not highlight %1: %2</source>
        <translation>kate-syntax-highlighter konnte %1 nicht hervorheben: %2</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <source>kate-syntax-highlighter took longer than %1 seconds; showing plain text.</source>
        <translation>kate-syntax-highlighter brauchte länger als %1 Sekunden; es wird reiner Text angezeigt.</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::LogFindBar</name>
    <message>
        <source>Find in log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::LogTextArea</name>
    <message>
        <source>Log text</source>
        <translation>Logtext</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::LogView</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Follow the log as it grows</source>
        <translation>Dem Log folgen, während es wächst</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Show when each line arrived</source>
        <translation>Zeigen, wann jede Zeile ankam</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the log as a file</source>
        <translation>Das Log als Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>R&amp;ückwärts suchen</translation>
    </message>
    <message>
        <source>Close Find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation>
            <numerusform>%1 von %n Treffer</numerusform>
            <numerusform>%1 von %n Treffern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indizierung läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Log As</source>
        <translation>Log speichern unter</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Logdateien (*.log *.txt)</translation>
    </message>
    <message>
        <source>Saved the log to %1.</source>
        <translation>Das Log wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The log is already saved as %1.</source>
        <translation>Das Log ist bereits als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot save the log to %1: %2</source>
        <translation>Das Log kann nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Searching… %1%</source>
        <translation>Suche läuft… %1 %</translation>
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
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Close Without Saving?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Close it anyway?</source>
        <translation>%1 hat ungespeicherte Änderungen. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Function &amp;Hub</source>
        <translation>Funktions-&amp;Hub</translation>
    </message>
    <message>
        <source>Browse, preview and import functions from the hub</source>
        <translation>Funktionen aus dem Hub durchsuchen, ansehen und importieren</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>No recent items</source>
        <translation>Keine zuletzt geöffneten Einträge</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Items</source>
        <translation>Zuletzt geöffnete Einträge &amp;leeren</translation>
    </message>
    <message>
        <source>Started run %1</source>
        <translation>Lauf %1 gestartet</translation>
    </message>
    <message>
        <source>Run Launcher</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>Run Details</source>
        <translation>Laufdetails</translation>
    </message>
    <message>
        <source>Aborting run %1</source>
        <translation>Lauf %1 wird abgebrochen</translation>
    </message>
    <message>
        <source>Aborted run %1</source>
        <translation>Lauf %1 abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Ausführen…</translation>
    </message>
    <message>
        <source>Set parameters and hyperparameters and start a run</source>
        <translation>Parameter und Hyperparameter festlegen und einen Lauf starten</translation>
    </message>
    <message>
        <source>&amp;Abort Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Abort the run selected in the runs table</source>
        <translation>Den in der Lauftabelle gewählten Lauf abbrechen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation>Projekte werden geladen</translation>
    </message>
    <message>
        <source>Saved %1/%2 as version %3</source>
        <translation>%1/%2 als Version %3 gespeichert</translation>
    </message>
    <message>
        <source>New Function</source>
        <translation>Neue Funktion</translation>
    </message>
    <message>
        <source>Open Function</source>
        <translation>Funktion öffnen</translation>
    </message>
    <message>
        <source>MLRun functions (*.yaml *.yml *.json);;All files (*)</source>
        <translation>MLRun-Funktionen (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>&amp;New Function</source>
        <translation>&amp;Neue Funktion</translation>
    </message>
    <message>
        <source>&amp;Open Function File…</source>
        <translation>Funktionsdatei ö&amp;ffnen…</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::PlacementForm</name>
    <message>
        <source>Node &amp;name:</source>
        <translation>Knoten&amp;name:</translation>
    </message>
    <message>
        <source>Node selector</source>
        <translation>Knotenauswahl</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Node &amp;selector:</source>
        <translation>Knoten&amp;auswahl:</translation>
    </message>
    <message>
        <source>Required node affinity</source>
        <translation>Erforderliche Knotenaffinität</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Values (comma separated)</source>
        <translation>Werte (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>A node must match one term; a term matches when all its expressions match.</source>
        <translation>Ein Knoten muss einen Term erfüllen; ein Term ist erfüllt, wenn alle seine Ausdrücke zutreffen.</translation>
    </message>
    <message>
        <source>&amp;Required affinity:</source>
        <translation>&amp;Erforderliche Affinität:</translation>
    </message>
    <message>
        <source>Preferred node affinity</source>
        <translation>Bevorzugte Knotenaffinität</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Nodes matching a term gain its weight (1 to 100); the weight of a term is read from its first row.</source>
        <translation>Knoten, die einen Term erfüllen, erhalten sein Gewicht (1 bis 100); das Gewicht eines Terms steht in seiner ersten Zeile.</translation>
    </message>
    <message>
        <source>&amp;Preferred affinity:</source>
        <translation>&amp;Bevorzugte Affinität:</translation>
    </message>
    <message>
        <source>Tolerations</source>
        <translation>Tolerierungen</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>All effects</source>
        <translation>Alle Effekte</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>&amp;Tolerations:</source>
        <translation>&amp;Tolerierungen:</translation>
    </message>
    <message>
        <source>Priority &amp;class:</source>
        <translation>Prioritäts&amp;klasse:</translation>
    </message>
    <message>
        <source>Pree&amp;mption mode:</source>
        <translation>&amp;Verdrängungsmodus:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Constrain</source>
        <translation>Einschränken</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Verhindern</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::QuantityField</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 unit</source>
        <translation>Einheit von %1</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::ResourcesForm</name>
    <message>
        <source>CPU &amp;request:</source>
        <translation>CPU-&amp;Anforderung:</translation>
    </message>
    <message>
        <source>CPU &amp;limit:</source>
        <translation>CPU-&amp;Limit:</translation>
    </message>
    <message>
        <source>&amp;Memory request:</source>
        <translation>&amp;Speicheranforderung:</translation>
    </message>
    <message>
        <source>M&amp;emory limit:</source>
        <translation>Speicherl&amp;imit:</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>Anzahl GPUs</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU-Typ</translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation>&amp;GPUs:</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>m (millicores)</source>
        <translation>m (Millikerne)</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::RowTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Eine Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the current row from %1</source>
        <translation>Die aktuelle Zeile aus %1 entfernen</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Spalten von %1</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Zeilen von %1</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::RunDetails</name>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>Laufdetails</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Abort run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>&amp;Re-run...</source>
        <translation>&amp;Erneut ausführen …</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run details tabs</source>
        <translation>Reiter der Laufdetails</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Logdatei</translation>
    </message>
    <message>
        <source>The log view appears here.</source>
        <translation>Hier erscheint die Log-Ansicht.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation>Er&amp;gebnisse</translation>
    </message>
    <message>
        <source>&amp;Iterations</source>
        <translation>&amp;Iterationen</translation>
    </message>
    <message>
        <source>Ar&amp;tifacts</source>
        <translation>Ar&amp;tefakte</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Logs</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Run %1 is not in the store.</source>
        <translation>Lauf %1 ist nicht im Speicher.</translation>
    </message>
    <message>
        <source>Run %1 (iteration %2): %3</source>
        <translation>Lauf %1 (Iteration %2): %3</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::RunLauncher</name>
    <message>
        <source>Run launcher</source>
        <translation>Laufstarter</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Laufname</translation>
    </message>
    <message>
        <source>function-handler</source>
        <translation>funktion-handler</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>the function&apos;s project</source>
        <translation>das Projekt der Funktion</translation>
    </message>
    <message>
        <source>Target runtime</source>
        <translation>Ziel-Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Local (this machine)</source>
        <translation>Lokal (dieser Rechner)</translation>
    </message>
    <message>
        <source>Kubernetes (not available yet)</source>
        <translation>Kubernetes (noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>&amp;Handler:</translation>
    </message>
    <message>
        <source>Run &amp;name:</source>
        <translation>Lauf&amp;name:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>&amp;Target runtime:</source>
        <translation>&amp;Ziel-Laufzeitumgebung:</translation>
    </message>
    <message>
        <source>Launcher sections</source>
        <translation>Abschnitte des Laufstarters</translation>
    </message>
    <message>
        <source>&amp;Parameters and inputs</source>
        <translation>&amp;Parameter und Eingaben</translation>
    </message>
    <message>
        <source>&amp;Hyperparameters</source>
        <translation>&amp;Hyperparameter</translation>
    </message>
    <message>
        <source>Equivalent command line</source>
        <translation>Entsprechende Befehlszeile</translation>
    </message>
    <message>
        <source>&amp;Copy as CLI command</source>
        <translation>Als CLI-Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy as CLI command</source>
        <translation>Als CLI-Befehl kopieren</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Launch run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Path or URL</source>
        <translation>Pfad oder URL</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Step or count</source>
        <translation>Schritt oder Anzahl</translation>
    </message>
    <message>
        <source>A list takes comma-separated values; a range goes from start to stop (inclusive) by step; random draws and log scales take a count of values between start and stop.</source>
        <translation>Eine Liste nimmt durch Kommas getrennte Werte; ein Bereich läuft in Schritten vom Start bis einschließlich Ende; Zufallswerte und logarithmische Skalen nehmen eine Anzahl von Werten zwischen Start und Ende.</translation>
    </message>
    <message>
        <source>Add hyperparameter</source>
        <translation>Hyperparameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove hyperparameter</source>
        <translation>Hyperparameter entfernen</translation>
    </message>
    <message>
        <source>Each hyperparameter takes a list of values.</source>
        <translation>Jeder Hyperparameter nimmt eine Liste von Werten an.</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>grid (every combination)</source>
        <translation>grid (jede Kombination)</translation>
    </message>
    <message>
        <source>list (row by row)</source>
        <translation>list (Zeile für Zeile)</translation>
    </message>
    <message>
        <source>random (draws)</source>
        <translation>random (Zufallsziehungen)</translation>
    </message>
    <message>
        <source>Parallel runs</source>
        <translation>Parallele Läufe</translation>
    </message>
    <message>
        <source>Max iterations</source>
        <translation>Höchstzahl Iterationen</translation>
    </message>
    <message>
        <source>default (10)</source>
        <translation>Standard (10)</translation>
    </message>
    <message>
        <source>Max errors</source>
        <translation>Höchstzahl Fehler</translation>
    </message>
    <message>
        <source>default (3)</source>
        <translation>Standard (3)</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Stop condition</source>
        <translation>Abbruchbedingung</translation>
    </message>
    <message>
        <source>e.g. accuracy &gt;= 0.9</source>
        <translation>z. B. accuracy &gt;= 0.9</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>max.accuracy or min.loss</source>
        <translation>max.accuracy oder min.loss</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>&amp;Parallel runs:</source>
        <translation>&amp;Parallele Läufe:</translation>
    </message>
    <message>
        <source>&amp;Max iterations:</source>
        <translation>Höchstzahl &amp;Iterationen:</translation>
    </message>
    <message>
        <source>Max &amp;errors:</source>
        <translation>Höchstzahl &amp;Fehler:</translation>
    </message>
    <message>
        <source>Stop &amp;condition:</source>
        <translation>Abbruch&amp;bedingung:</translation>
    </message>
    <message>
        <source>Se&amp;lector:</source>
        <translation>Aus&amp;wahl:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Parameter type</source>
        <translation>Parametertyp</translation>
    </message>
    <message>
        <source>Hyperparameter kind</source>
        <translation>Art des Hyperparameters</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>random</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>logarithmische Skala</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a function reference like project/name@hash.</source>
        <translation>&apos;%1&apos; ist kein Funktionsverweis wie projekt/name@hash.</translation>
    </message>
    <message>
        <source>The function %1 is not in the store.</source>
        <translation>Die Funktion %1 ist nicht im Speicher.</translation>
    </message>
    <message>
        <source>The parameter in row %1 needs a name.</source>
        <translation>Der Parameter in Zeile %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>The input in row %1 needs a key.</source>
        <translation>Die Eingabe in Zeile %1 braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>The label in row %1 needs a key.</source>
        <translation>Das Label in Zeile %1 braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>The hyperparameter in row %1 needs a name.</source>
        <translation>Der Hyperparameter in Zeile %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>Choose a function to run.</source>
        <translation>Wählen Sie eine Funktion zum Ausführen.</translation>
    </message>
    <message>
        <source>Runs cannot start from here yet.</source>
        <translation>Läufe können von hier aus noch nicht starten.</translation>
    </message>
    <message>
        <source>The command line is on the clipboard.</source>
        <translation>Die Befehlszeile ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Starting the run...</source>
        <translation>Der Lauf wird gestartet …</translation>
    </message>
    <message>
        <source>Started run %1.</source>
        <translation>Lauf %1 gestartet.</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::RunsMonitor</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Runs table</source>
        <translation>Tabelle der Läufe</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Project filter</source>
        <translation>Projektfilter</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>Function filter</source>
        <translation>Funktionsfilter</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Alle Funktionen</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Labelfilter</translation>
    </message>
    <message>
        <source>label=value, ...</source>
        <translation>label=wert, …</translation>
    </message>
    <message>
        <source>Name search</source>
        <translation>Namenssuche</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>Namen suchen</translation>
    </message>
    <message>
        <source>Time range filter</source>
        <translation>Zeitraumfilter</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Write label filters as key=value, separated by commas.</source>
        <translation>Schreiben Sie Labelfilter als schlüssel=wert, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <translation>%1 von %2 Läufen</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::SpecForm</name>
    <message>
        <source>Problems with %1</source>
        <translation>Probleme bei %1</translation>
    </message>
</context>
<context>
    <name>Runbench::Ui::StorageForm</name>
    <message>
        <source>Empty directory</source>
        <translation>Leeres Verzeichnis</translation>
    </message>
    <message>
        <source>Config map</source>
        <translation>Config-Map</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Persistent volume claim</source>
        <translation>Persistent Volume Claim</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>Host-Pfad</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source (map, secret, claim, path or medium)</source>
        <translation>Quelle (Map, Secret, Claim, Pfad oder Medium)</translation>
    </message>
    <message>
        <source>&amp;Volumes:</source>
        <translation>&amp;Volumes:</translation>
    </message>
    <message>
        <source>Volume mounts</source>
        <translation>Volume-Einhängepunkte</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>Einhängepfad</translation>
    </message>
    <message>
        <source>Sub path</source>
        <translation>Unterpfad</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lesen und schreiben</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>&amp;Mounts:</source>
        <translation>&amp;Einhängepunkte:</translation>
    </message>
</context>
<context>
    <name>ScalarBuilder</name>
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
<context>
    <name>TreeBuilder</name>
    <message>
        <source>The document expands to more than %1 values (aliases repeated too often?).</source>
        <translation>Das Dokument ergibt mehr als %1 Werte (Aliasse zu oft wiederholt?).</translation>
    </message>
    <message>
        <source>The file holds more than one document; expected a single one.</source>
        <translation>Die Datei enthält mehr als ein Dokument; erwartet wurde genau eines.</translation>
    </message>
    <message>
        <source>An alias refers to an anchor that is not defined before it.</source>
        <translation>Ein Alias verweist auf einen Anker, der nicht vorher definiert ist.</translation>
    </message>
    <message>
        <source>The tag &apos;%1&apos; is not supported here.</source>
        <translation>Das YAML-Tag &apos;%1&apos; wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep.</source>
        <translation>Das Dokument ist mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>A key must be a plain value, not a list or mapping.</source>
        <translation>Ein Schlüssel muss ein einfacher Wert sein, keine Liste und kein Mapping.</translation>
    </message>
    <message>
        <source>Only a mapping or a list of mappings can be merged with &apos;&lt;&lt;&apos;.</source>
        <translation>Nur ein Mapping oder eine Liste von Mappings kann mit &apos;&lt;&lt;&apos; zusammengeführt werden.</translation>
    </message>
</context>
</TS>
