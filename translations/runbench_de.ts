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
        <source>A hub source name must be non-empty and contain no &apos;/&apos;.</source>
        <translation>Der Name einer Hub-Quelle darf nicht leer sein und kein &apos;/&apos; enthalten.</translation>
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
</context>
<context>
    <name>HubSource</name>
    <message>
        <source>The hub source %1 is on the web (%2); only local hub sources are read here.</source>
        <translation>Die Hub-Quelle %1 liegt im Web (%2); hier werden nur lokale Hub-Quellen gelesen.</translation>
    </message>
    <message>
        <source>The hub source %1 has no catalog at %2.</source>
        <translation>Die Hub-Quelle %1 hat keinen Katalog unter %2.</translation>
    </message>
    <message>
        <source>Could not read the catalog of the hub source %1: %2.</source>
        <translation>Der Katalog der Hub-Quelle %1 konnte nicht gelesen werden: %2.</translation>
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
        <source>Reading the log of pod &quot;%1&quot; in namespace &quot;%2&quot;</source>
        <translation>Das Lesen des Logs von Pod „%1“ im Namespace „%2“</translation>
    </message>
    <message>
        <source>%1 failed: the server ended the watch at once without sending anything.</source>
        <translation>%1 ist fehlgeschlagen: Der Server hat die Beobachtung sofort beendet, ohne etwas zu senden.</translation>
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
