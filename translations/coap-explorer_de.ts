<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CoAP Explorer</source>
        <translation>Über CoAP Explorer</translation>
    </message>
    <message>
        <source>CoAP Explorer %1</source>
        <translation>CoAP Explorer %1</translation>
    </message>
    <message>
        <source>Find, inspect and debug CoAP devices (RFC 7252, RFC 7641, RFC 7959).</source>
        <translation>CoAP-Geräte finden, untersuchen und Fehler suchen (RFC 7252, RFC 7641, RFC 7959).</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>CoAP Explorer is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), as Qt Charts requires. You may use, study, share and change it; it comes with no warranty.</source>
        <translation>CoAP Explorer ist freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later), wie Qt Charts es verlangt. Sie dürfen das Programm nutzen, untersuchen, weitergeben und verändern; es wird ohne jede Gewährleistung geliefert.</translation>
    </message>
    <message>
        <source>The GNU General Public License, version 3</source>
        <translation>Die GNU General Public License, Version 3</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>CoAP engine (RFC 7252, 7641, 7959), built in</source>
        <translation>CoAP-Engine (RFC 7252, 7641, 7959), eingebaut</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>%1, %2, window system: %3, compiled with %4</source>
        <translation>%1, %2, Fenstersystem: %3, kompiliert mit %4</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>Versionsangaben &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the versions as plain text, for a bug report</source>
        <translation>Die Versionen als einfachen Text kopieren, für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AddDeviceDialog</name>
    <message>
        <source>Type the device&apos;s IP address or host name, e.g. 192.168.1.20 or [fe80::1%eth0].</source>
        <translation>Geben Sie die IP-Adresse oder den Hostnamen des Geräts ein, z. B. 192.168.1.20 oder [fe80::1%eth0].</translation>
    </message>
    <message>
        <source>The “[” of the IPv6 address is not closed; write it as [fe80::1%eth0]:5683.</source>
        <translation>Die „[“ der IPv6-Adresse wird nicht geschlossen; schreiben Sie sie als [fe80::1%eth0]:5683.</translation>
    </message>
    <message>
        <source>Only “:port” may follow the “]”, e.g. [fe80::1%eth0]:5683.</source>
        <translation>Auf die „]“ darf nur „:Port“ folgen, z. B. [fe80::1%eth0]:5683.</translation>
    </message>
    <message>
        <source>“%1” in brackets is not an IPv6 address.</source>
        <translation>„%1“ in eckigen Klammern ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The port “%1” must be a number from 1 to 65535.</source>
        <translation>Der Port „%1“ muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>%1 is a link-local address: add the interface it is on, e.g. %1%eth0.</source>
        <translation>%1 ist eine Link-Local-Adresse: Geben Sie die Schnittstelle an, über die sie erreichbar ist, z. B. %1%eth0.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address: it has four numbers from 0 to 255 separated by dots, e.g. 192.168.1.20.</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse: Sie besteht aus vier durch Punkte getrennten Zahlen von 0 bis 255, z. B. 192.168.1.20.</translation>
    </message>
    <message>
        <source>%1 is a group address; Discover asks groups. Type the address of one device.</source>
        <translation>%1 ist eine Gruppenadresse; Gruppen fragt die Gerätesuche ab. Geben Sie die Adresse eines einzelnen Geräts ein.</translation>
    </message>
    <message>
        <source>“%1” is neither an IP address nor a host name: a host name has only letters, digits, hyphens and dots.</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein Hostname: Ein Hostname enthält nur Buchstaben, Ziffern, Bindestriche und Punkte.</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>192.168.1.20, [fe80::1%eth0], boiler.local</source>
        <translation>192.168.1.20, [fe80::1%eth0], heizung.local</translation>
    </message>
    <message>
        <source>UDP port of the device; CoAP uses 5683 unless the device says otherwise</source>
        <translation>UDP-Port des Geräts; CoAP verwendet 5683, sofern das Gerät nichts anderes angibt</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Edit device</source>
        <translation>Gerät bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Ask one device for its resources (GET /.well-known/core). Use this when Discover does not reach it: another subnet, a VPN, or multicast blocked. A device secured with DTLS: coaps:// and its address or host name.</source>
        <translation>Ein einzelnes Gerät nach seinen Ressourcen fragen (GET /.well-known/core). Nutzen Sie dies, wenn die Gerätesuche es nicht erreicht: anderes Subnetz, VPN oder gesperrtes Multicast. Ein mit DTLS gesichertes Gerät: coaps:// und seine Adresse oder sein Hostname.</translation>
    </message>
</context>
<context>
    <name>AddedDevicesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Devices added by hand</source>
        <translation>Von Hand hinzugefügte Geräte</translation>
    </message>
    <message>
        <source>These devices are asked for their resources by their address at every start, also where discovery does not reach them.</source>
        <translation>Diese Geräte werden bei jedem Start über ihre Adresse nach ihren Ressourcen gefragt, auch dort, wo die Suche sie nicht erreicht.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Ask one more device by its address</source>
        <translation>Ein weiteres Gerät über seine Adresse fragen</translation>
    </message>
    <message>
        <source>Change the address or port of the selected device</source>
        <translation>Adresse oder Port des gewählten Geräts ändern</translation>
    </message>
    <message>
        <source>Stop asking the selected device at start and take it out of the tree (Delete)</source>
        <translation>Das gewählte Gerät beim Start nicht mehr fragen und aus dem Baum nehmen (Entf)</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB. Cut it down first, for instance with &quot;editcap -c 100000&quot; or a Wireshark display filter and File ▸ Export Specified Packets.</source>
        <translation>%1 ist größer als 1 GiB. Bitte zuerst verkleinern, etwa mit „editcap -c 100000“ oder einem Wireshark-Anzeigefilter und Datei ▸ Angegebene Pakete exportieren.</translation>
    </message>
    <message>
        <source>%1 is not a capture file. CoAP Explorer opens pcap and pcapng files, as tcpdump -w and Wireshark write them.</source>
        <translation>%1 ist keine Mitschnittdatei. CoAP Explorer öffnet pcap- und pcapng-Dateien, wie tcpdump -w und Wireshark sie schreiben.</translation>
    </message>
    <message>
        <source>Capture %1 — CoAP Explorer</source>
        <translation>Mitschnitt %1 — CoAP Explorer</translation>
    </message>
    <message>
        <source>Capture — CoAP Explorer</source>
        <translation>Mitschnitt — CoAP Explorer</translation>
    </message>
    <message numerus="yes">
        <source>%n CoAP datagram(s), read-only: nothing here is sent again.</source>
        <translation>
            <numerusform>%n CoAP-Datagramm, nur lesbar: hier wird nichts erneut gesendet.</numerusform>
            <numerusform>%n CoAP-Datagramme, nur lesbar: hier wird nichts erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP fragment(s)</source>
        <translation>
            <numerusform>%n IP-Fragment</numerusform>
            <numerusform>%n IP-Fragmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n packet(s): %1.</source>
        <translation>
            <numerusform>%n Paket übersprungen: %1.</numerusform>
            <numerusform>%n Pakete übersprungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The file ends inside a packet; everything before it is shown.</source>
        <translation>Die Datei endet mitten in einem Paket; alles davor wird angezeigt.</translation>
    </message>
    <message>
        <source>Right-click a notification to chart the observed values.</source>
        <translation>Rechtsklick auf eine Benachrichtigung zeigt die beobachteten Werte im Diagramm.</translation>
    </message>
    <message>
        <source>%1 not CoAP</source>
        <translation>%1 kein CoAP</translation>
    </message>
    <message>
        <source>%1 cut short</source>
        <translation>%1 abgeschnitten</translation>
    </message>
    <message>
        <source>%1 of an unsupported link type</source>
        <translation>%1 mit nicht unterstütztem Linktyp</translation>
    </message>
    <message>
        <source>%1 beyond the log&apos;s capacity</source>
        <translation>%1 über die Kapazität des Protokolls hinaus</translation>
    </message>
    <message>
        <source>Captured from %1 to %2.</source>
        <translation>Aufgezeichnet von %1 bis %2.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>This certificate is not signed by an authority you trust. Accept it only if the fingerprint matches the one the device&apos;s owner gave you. It is then trusted for %1 only.</source>
        <translation>Dieses Zertifikat ist von keiner Stelle unterschrieben, der Sie vertrauen. Nehmen Sie es nur an, wenn der Fingerabdruck mit dem übereinstimmt, den Ihnen der Betreiber des Geräts genannt hat. Es gilt dann nur für %1 als vertrauenswürdig.</translation>
    </message>
    <message>
        <source>&amp;Accept for this device</source>
        <translation>Für dieses Gerät &amp;annehmen</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1
coap://%2%3</source>
        <translation>%1
coap://%2%3</translation>
    </message>
    <message>
        <source>
value: %1</source>
        <translation>
Wert: %1</translation>
    </message>
    <message>
        <source>
%1 samples kept, %2 received, %3 dropped (oldest first)</source>
        <translation>
%1 Messwerte gespeichert, %2 empfangen, %3 verworfen (älteste zuerst)</translation>
    </message>
    <message>
        <source>
Notifications of this resource that carried no value to chart</source>
        <translation>
Benachrichtigungen dieser Ressource ohne darstellbaren Wert</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Datenreihe</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Ohne Wert</translation>
    </message>
    <message>
        <source>Device, resource and value name; untick to hide the series</source>
        <translation>Gerät, Ressource und Wertname; Häkchen entfernen, um die Datenreihe auszublenden</translation>
    </message>
    <message>
        <source>Over every value received since the series started</source>
        <translation>Über alle Werte seit Beginn der Datenreihe</translation>
    </message>
    <message>
        <source>Notifications per second over the last 10 seconds</source>
        <translation>Benachrichtigungen pro Sekunde in den letzten 10 Sekunden</translation>
    </message>
    <message>
        <source>Notifications that carried no value to chart</source>
        <translation>Benachrichtigungen ohne darstellbaren Wert</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>30 s</source>
        <translation>30 s</translation>
    </message>
    <message>
        <source>Show the last 30 seconds (1)</source>
        <translation>Die letzten 30 Sekunden anzeigen (1)</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>Show the last 5 minutes (2)</source>
        <translation>Die letzten 5 Minuten anzeigen (2)</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Show the last hour (3)</source>
        <translation>Die letzte Stunde anzeigen (3)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show everything recorded (4)</source>
        <translation>Alle Aufzeichnungen anzeigen (4)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Freeze the charts; values are still recorded (P, or Space on a chart)</source>
        <translation>Diagramme einfrieren; Werte werden weiter aufgezeichnet (P oder Leertaste im Diagramm)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the live window (Home, or double-click a chart)</source>
        <translation>Zurück zur Live-Ansicht (Pos1 oder Doppelklick auf ein Diagramm)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every recorded sample: series, time (ISO 8601), value, unit</source>
        <translation>Alle aufgezeichneten Messwerte speichern: Datenreihe, Zeit (ISO 8601), Wert, Einheit</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>B&amp;ild speichern…</translation>
    </message>
    <message>
        <source>Save the charts as they are shown, as PNG</source>
        <translation>Die Diagramme so, wie sie angezeigt werden, als PNG speichern</translation>
    </message>
    <message>
        <source>No values to chart yet.

Observe a resource and choose “Chart this”: its values appear here within a second.</source>
        <translation>Noch keine Werte zum Darstellen.

Beobachten Sie eine Ressource und wählen Sie „Als Diagramm darstellen“: Ihre Werte erscheinen hier innerhalb einer Sekunde.</translation>
    </message>
    <message>
        <source>Series figures</source>
        <translation>Kennzahlen der Datenreihen</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Diagramm von %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Zoomed: %1 – %2</source>
        <translation>Vergrößert: %1 – %2</translation>
    </message>
    <message>
        <source>Paused at %1, still recording</source>
        <translation>Angehalten um %1, Aufzeichnung läuft weiter</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (angehalten)</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) without a value</source>
        <translation>
            <numerusform>%n Benachrichtigung ohne Wert</numerusform>
            <numerusform>%n Benachrichtigungen ohne Wert</numerusform>
        </translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>leere Nutzdaten</translation>
    </message>
    <message>
        <source>binary payload</source>
        <translation>binäre Nutzdaten</translation>
    </message>
    <message>
        <source>payload does not parse as its content format</source>
        <translation>Nutzdaten passen nicht zu ihrem Content-Format</translation>
    </message>
    <message>
        <source>content format without values</source>
        <translation>Content-Format ohne Werte</translation>
    </message>
    <message>
        <source>no number or state in the payload</source>
        <translation>keine Zahl und kein Zustand in den Nutzdaten</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 (last: %5)</source>
        <translation>%1 %2: %3 von %4 (zuletzt: %5)</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Ein Export läuft noch.</translation>
    </message>
    <message>
        <source>Exporting %1 samples…</source>
        <translation>%1 Messwerte werden exportiert…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 samples saved to %2</source>
        <translation>%1 Messwerte in %2 gespeichert</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Messwerte exportieren</translation>
    </message>
    <message>
        <source>samples-%1.csv</source>
        <translation>messwerte-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Diagrammbild speichern</translation>
    </message>
    <message>
        <source>chart-%1.png</source>
        <translation>diagramm-%1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG-Bilder (*.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Image saved to %1</source>
        <translation>Bild in %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save the image to %1</source>
        <translation>Das Bild konnte nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;Remove from chart</source>
        <translation>Aus dem Diagramm &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected series; its observation ends when nothing else uses it (Delete)</source>
        <translation>Die ausgewählte Datenreihe entfernen; ihre Beobachtung endet, wenn nichts anderes sie nutzt (Entf)</translation>
    </message>
</context>
<context>
    <name>CopyAsCommand</name>
    <message>
        <source>the option %1 is left out: this tool cannot send it</source>
        <translation>die Option %1 fehlt: dieses Werkzeug kann sie nicht senden</translation>
    </message>
    <message>
        <source>sent confirmable (CON): the gateway does not send NON requests</source>
        <translation>bestätigbar (CON) gesendet: das Gateway sendet keine NON-Anfragen</translation>
    </message>
    <message>
        <source>the block size is left to the gateway</source>
        <translation>die Blockgröße wählt das Gateway</translation>
    </message>
    <message>
        <source>the payload is binary: printf writes its bytes into the command</source>
        <translation>die Nutzdaten sind binär: printf schreibt ihre Bytes in den Befehl</translation>
    </message>
    <message>
        <source>set the pre-shared key first: export COAP_EXPLORER_PSK=&apos;…&apos;</source>
        <translation>zuerst den Pre-Shared Key setzen: export COAP_EXPLORER_PSK=&apos;…&apos;</translation>
    </message>
    <message>
        <source>coaps: add this tool&apos;s own credential options (certificate or key)</source>
        <translation>coaps: die eigenen Zugangsdaten-Optionen dieses Werkzeugs ergänzen (Zertifikat oder Schlüssel)</translation>
    </message>
    <message>
        <source>&amp;coap-client command (libcoap)</source>
        <translation>Befehl für &amp;coap-client (libcoap)</translation>
    </message>
    <message>
        <source>&amp;aiocoap-client command</source>
        <translation>Befehl für &amp;aiocoap-client</translation>
    </message>
    <message>
        <source>coap-&amp;explorer-cli command</source>
        <translation>Befehl für coap-&amp;explorer-cli</translation>
    </message>
    <message>
        <source>c&amp;url command through the HTTP gateway</source>
        <translation>c&amp;url-Befehl über das HTTP-Gateway</translation>
    </message>
    <message>
        <source>the retransmission settings (ACK_TIMEOUT, MAX_RETRANSMIT, block retries) are left out: this tool uses its own</source>
        <translation>die Einstellungen für Sendewiederholungen (ACK_TIMEOUT, MAX_RETRANSMIT, Blockwiederholungen) fehlen: dieses Werkzeug nutzt seine eigenen</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Security credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>192.0.2.5, 192.0.2.5:5684, *.plant.example</source>
        <translation>192.0.2.5, 192.0.2.5:5684, *.plant.example</translation>
    </message>
    <message>
        <source>Device or &amp;pattern:</source>
        <translation>Gerät oder &amp;Muster:</translation>
    </message>
    <message>
        <source>PSK &amp;identity:</source>
        <translation>PSK-&amp;Identität:</translation>
    </message>
    <message>
        <source>text or 0x… hex; empty keeps the stored key</source>
        <translation>Text oder 0x… hex; leer lässt den gespeicherten Schlüssel</translation>
    </message>
    <message>
        <source>Pre-shared &amp;key:</source>
        <translation>PSK-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>the system&apos;s authorities</source>
        <translation>die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trusted &amp;CAs:</source>
        <translation>Vertrauenswürdige &amp;CAs:</translation>
    </message>
    <message>
        <source>&amp;Verify the device&apos;s certificate</source>
        <translation>Zertifikat des Geräts &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>text or 0x… hex</source>
        <translation>Text oder 0x… hex</translation>
    </message>
    <message>
        <source>Name the device (an address, address:port or a pattern with *).</source>
        <translation>Geben Sie das Gerät an (eine Adresse, Adresse:Port oder ein Muster mit *).</translation>
    </message>
    <message>
        <source>The key after 0x must be hex digits, two per byte.</source>
        <translation>Nach 0x muss der Schlüssel aus Hex-Ziffern bestehen, zwei je Byte.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate.</source>
        <translation>„%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>A PSK identity needs its key.</source>
        <translation>Zu einer PSK-Identität gehört ihr Schlüssel.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain.</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>No keychain service is running: keys are kept for this session only and must be entered again after a restart. They are never written to the settings file.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst: Schlüssel gelten nur für diese Sitzung und müssen nach einem Neustart wieder eingegeben werden. In die Einstellungsdatei werden sie nie geschrieben.</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Schlüsselbund des Systems wird gesucht…</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>Ask the local network which CoAP devices are there: GET /.well-known/core to the groups checked below (Ctrl+D)</source>
        <translation>Im lokalen Netz nach vorhandenen CoAP-Geräten fragen: GET /.well-known/core an die unten angehakten Gruppen (Strg+D)</translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation>Gerät hinzufügen…</translation>
    </message>
    <message>
        <source>Ask one device by its address, when discovery does not reach it</source>
        <translation>Ein einzelnes Gerät über seine Adresse fragen, wenn die Gerätesuche es nicht erreicht</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>What Discover asks (groups, interface, query) and how long it listens</source>
        <translation>Was die Gerätesuche fragt (Gruppen, Schnittstelle, Abfrage) und wie lange sie auf Antworten wartet</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Schnittstelle:</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>&amp;Warten:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Suchfilter:</translation>
    </message>
    <message>
        <source>e.g. rt=temperature</source>
        <translation>z. B. rt=temperature</translation>
    </message>
    <message>
        <source>Filter devices and resources (Ctrl+F)</source>
        <translation>Geräte und Ressourcen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Matches names, paths, titles, types, interfaces, formats and addresses; “obs” finds observable resources</source>
        <translation>Durchsucht Namen, Pfade, Titel, Typen, Schnittstellen, Formate und Adressen; „obs“ findet beobachtbare Ressourcen</translation>
    </message>
    <message>
        <source>&amp;Get</source>
        <translation>&amp;GET</translation>
    </message>
    <message>
        <source>Read the resource now (double-click or Enter does the same)</source>
        <translation>Die Ressource jetzt lesen (Doppelklick oder Eingabetaste bewirken dasselbe)</translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>&amp;Copy URI</source>
        <translation>&amp;URI kopieren</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Lesezeichen setzen</translation>
    </message>
    <message>
        <source>Removes it until the device lists it again</source>
        <translation>Entfernt den Eintrag, bis das Gerät ihn wieder auflistet</translation>
    </message>
    <message>
        <source>&amp;Refresh resources</source>
        <translation>Ressourcen a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Ask this device again for its resource list</source>
        <translation>Dieses Gerät erneut nach seiner Ressourcenliste fragen</translation>
    </message>
    <message>
        <source>All interfaces (none can send multicast)</source>
        <translation>Alle Schnittstellen (keine kann Multicast senden)</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Alle Schnittstellen</translation>
    </message>
    <message>
        <source>%1 (not usable now)</source>
        <translation>%1 (derzeit nicht nutzbar)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>alle Schnittstellen</translation>
    </message>
    <message>
        <source>nothing checked</source>
        <translation>nichts angehakt</translation>
    </message>
    <message>
        <source>Asks %1 for %2 s</source>
        <translation>Fragt %1 für %2 s</translation>
    </message>
    <message>
        <source>No group is checked, so Discover has nobody to ask. Check a group under the discovery options, or use Add device… to ask a device by its address.</source>
        <translation>Keine Gruppe ist angehakt, daher kann die Gerätesuche niemanden fragen. Haken Sie eine Gruppe in den Suchoptionen an oder fragen Sie ein Gerät mit „Gerät hinzufügen…“ über seine Adresse.</translation>
    </message>
    <message>
        <source>Stop (%1 s)</source>
        <translation>Stopp (%1 s)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Stop discovery</source>
        <translation>Gerätesuche stoppen</translation>
    </message>
    <message>
        <source>Discover devices</source>
        <translation>Geräte suchen</translation>
    </message>
    <message>
        <source>Asking %1 for its resources…</source>
        <translation>%1 wird nach seinen Ressourcen gefragt…</translation>
    </message>
    <message>
        <source>%1 listed its resources.</source>
        <translation>%1 hat seine Ressourcen aufgelistet.</translation>
    </message>
    <message>
        <source>Watch the resource: every change is shown (RFC 7641)</source>
        <translation>Die Ressource beobachten: Jede Änderung wird angezeigt (RFC 7641)</translation>
    </message>
    <message>
        <source>The device does not list this resource as observable; it may answer once only</source>
        <translation>Das Gerät führt diese Ressource nicht als beobachtbar; es antwortet möglicherweise nur einmal</translation>
    </message>
    <message>
        <source>No devices yet.

Press Discover (Ctrl+D) to ask the local network, or Add device… to enter an address.</source>
        <translation>Noch keine Geräte.

Drücken Sie „Suchen“ (Strg+D), um das lokale Netz zu fragen, oder „Gerät hinzufügen…“, um eine Adresse einzugeben.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc in the filter box to see all devices.</source>
        <translation>Nichts passt zu „%1“. Drücken Sie Esc im Filterfeld, um alle Geräte zu sehen.</translation>
    </message>
    <message>
        <source>Filter devices and resources</source>
        <translation>Geräte und Ressourcen filtern</translation>
    </message>
    <message>
        <source>Devices and their resources</source>
        <translation>Geräte und ihre Ressourcen</translation>
    </message>
    <message>
        <source>Interface to discover on</source>
        <translation>Schnittstelle für die Gerätesuche</translation>
    </message>
    <message>
        <source>Multicast groups to ask</source>
        <translation>Zu fragende Multicast-Gruppen</translation>
    </message>
    <message>
        <source>All-CoAP-Nodes multicast groups (RFC 7252 §12.8): 224.0.1.187 (IPv4), ff02::fd (this link), ff05::fd (this site)</source>
        <translation>All-CoAP-Nodes-Multicast-Gruppen (RFC 7252 §12.8): 224.0.1.187 (IPv4), ff02::fd (dieses Netzsegment), ff05::fd (dieser Standort)</translation>
    </message>
    <message>
        <source>How long answers are collected. Devices may wait up to 5 s before they answer a group (RFC 7252 §8.2).</source>
        <translation>Wie lange Antworten gesammelt werden. Geräte dürfen bis zu 5 s warten, bevor sie einer Gruppe antworten (RFC 7252 §8.2).</translation>
    </message>
    <message>
        <source>Only list matching resources (RFC 6690 §4.1): rt=…, if=…, href=/sensors*, obs</source>
        <translation>Nur passende Ressourcen auflisten (RFC 6690 §4.1): rt=…, if=…, href=/sensors*, obs</translation>
    </message>
    <message>
        <source>&amp;Filter devices</source>
        <translation>Geräte &amp;filtern</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <source>Plot the resource’s values in the Charts panel; it is observed if it is not yet</source>
        <translation>Die Werte der Ressource im Diagrammbereich zeichnen; sie wird beobachtet, falls noch nicht geschehen</translation>
    </message>
    <message>
        <source>Copy as coap-client co&amp;mmand</source>
        <translation>Als coap-client-Be&amp;fehl kopieren</translation>
    </message>
    <message>
        <source>Copy as coap-client observe comma&amp;nd</source>
        <translation>Als coap-client-Beobachtungsbefehl kopiere&amp;n</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>Aus der Liste ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Expand this device</source>
        <translation>Dieses Gerät &amp;aufklappen</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>Alle a&amp;ufklappen</translation>
    </message>
    <message>
        <source>Co&amp;llapse all</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;Sort devices by</source>
        <translation>Geräte sortieren &amp;nach</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Gerätename</translation>
    </message>
    <message>
        <source>Named devices first, in natural order; the others by address</source>
        <translation>Geräte mit Namen zuerst, in natürlicher Reihenfolge; die anderen nach Adresse</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>IPv4 addresses first, then IPv6, then host names</source>
        <translation>Zuerst IPv4-Adressen, dann IPv6, dann Hostnamen</translation>
    </message>
    <message>
        <source>Answer &amp;order</source>
        <translation>&amp;Reihenfolge der Antworten</translation>
    </message>
    <message>
        <source>In the order the devices first answered</source>
        <translation>In der Reihenfolge, in der die Geräte zuerst geantwortet haben</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortieren</translation>
    </message>
    <message>
        <source>How the devices are sorted: by name, by address or in answer order</source>
        <translation>Wie die Geräte sortiert sind: nach Name, nach Adresse oder in der Reihenfolge der Antworten</translation>
    </message>
    <message>
        <source>Sort devices by</source>
        <translation>Geräte sortieren nach</translation>
    </message>
    <message>
        <source>Devices added by &amp;hand…</source>
        <translation>Von Hand hinzugefügte Ge&amp;räte…</translation>
    </message>
    <message>
        <source>The devices asked by their address at every start: add, edit or remove them</source>
        <translation>Die Geräte, die bei jedem Start über ihre Adresse gefragt werden: hinzufügen, bearbeiten oder entfernen</translation>
    </message>
    <message>
        <source>Forward &amp;proxy…</source>
        <translation>Weiterleitungs-&amp;Proxy…</translation>
    </message>
    <message>
        <source>Reach this device through a CoAP forward proxy, or directly</source>
        <translation>Dieses Gerät über einen CoAP-Weiterleitungsproxy oder direkt erreichen</translation>
    </message>
    <message>
        <source>%1 cannot be asked for its resources here: a coaps device is asked over DTLS, by its address.</source>
        <translation>%1 kann hier nicht nach seinen Ressourcen gefragt werden: ein coaps-Gerät wird über DTLS gefragt, über seine Adresse.</translation>
    </message>
    <message>
        <source>%1 could not be asked for its resources.</source>
        <translation>%1 konnte nicht nach seinen Ressourcen gefragt werden.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved; check its spelling, or add the device by its address.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden; prüfen Sie die Schreibweise, oder fügen Sie das Gerät mit seiner Adresse hinzu.</translation>
    </message>
</context>
<context>
    <name>DeviceProxyDialog</name>
    <message>
        <source>&amp;Directly, without a proxy</source>
        <translation>&amp;Direkt, ohne Proxy</translation>
    </message>
    <message>
        <source>Through &amp;this proxy:</source>
        <translation>Über &amp;diesen Proxy:</translation>
    </message>
    <message>
        <source>Forward proxy for %1</source>
        <translation>Weiterleitungsproxy für %1</translation>
    </message>
    <message>
        <source>As all requests: &amp;directly (no proxy in Settings)</source>
        <translation>Wie alle Anfragen: &amp;direkt (kein Proxy in den Einstellungen)</translation>
    </message>
    <message>
        <source>As all requests: through %1 (&amp;Settings)</source>
        <translation>Wie alle Anfragen: über %1 (&amp;Einstellungen)</translation>
    </message>
    <message>
        <source>Directly, &amp;without a proxy</source>
        <translation>Direkt, &amp;ohne Proxy</translation>
    </message>
    <message>
        <source>coap://host:port</source>
        <translation>coap://host:port</translation>
    </message>
    <message>
        <source>Requests to %1 go:</source>
        <translation>Anfragen an %1 gehen:</translation>
    </message>
    <message>
        <source>The proxy receives each request and passes it on to the device (RFC 7252 §5.7). Discovery still asks the device directly.</source>
        <translation>Der Proxy nimmt jede Anfrage an und gibt sie an das Gerät weiter (RFC 7252 §5.7). Die Suche fragt das Gerät weiterhin direkt.</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type (rt)</source>
        <translation>Typ (rt)</translation>
    </message>
    <message>
        <source>Interface (if)</source>
        <translation>Schnittstelle (if)</translation>
    </message>
    <message>
        <source>Formats (ct)</source>
        <translation>Formate (ct)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Observable: the resource can be watched (RFC 7641)</source>
        <translation>Beobachtbar: Die Ressource kann beobachtet werden (RFC 7641)</translation>
    </message>
    <message>
        <source>Resource type (rt): what the resource is, e.g. temperature</source>
        <translation>Ressourcentyp (rt): was die Ressource ist, z. B. temperature</translation>
    </message>
    <message>
        <source>Interface description (if): how to talk to it, e.g. sensor</source>
        <translation>Schnittstellenbeschreibung (if): wie man sie anspricht, z. B. sensor</translation>
    </message>
    <message>
        <source>Content formats (ct) the device declared for the resource</source>
        <translation>Content-Formate (ct), die das Gerät für die Ressource angibt</translation>
    </message>
    <message>
        <source>Estimated size of the representation (sz)</source>
        <translation>Geschätzte Größe der Repräsentation (sz)</translation>
    </message>
    <message>
        <source>When the device last answered a discovery</source>
        <translation>Wann das Gerät zuletzt auf eine Gerätesuche geantwortet hat</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Beobachtbar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(empty segment)</source>
        <translation>(leeres Segment)</translation>
    </message>
    <message>
        <source>observable</source>
        <translation>beobachtbar</translation>
    </message>
    <message>
        <source>Observable: right-click → Observe to watch it (RFC 7641)</source>
        <translation>Beobachtbar: Rechtsklick → Beobachten (RFC 7641)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Added by hand; it has not listed its resources.</source>
        <translation>Von Hand hinzugefügt; es hat seine Ressourcen nicht aufgelistet.</translation>
    </message>
    <message>
        <source>Known from bookmarks; not seen yet.</source>
        <translation>Aus den Lesezeichen bekannt; noch nicht gesehen.</translation>
    </message>
    <message>
        <source>Answered through %1</source>
        <translation>Antwortete über %1</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>Zuerst gesehen %1, zuletzt gesehen %2</translation>
    </message>
    <message numerus="yes">
        <source>Lists %n resource</source>
        <translation>
            <numerusform>Listet %n Ressource auf</numerusform>
            <numerusform>Listet %n Ressourcen auf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lists %n resources</source>
        <translation>
            <numerusform>Listet %n Ressource auf</numerusform>
            <numerusform>Listet %n Ressourcen auf</numerusform>
        </translation>
    </message>
    <message>
        <source>Did not answer the last discovery.</source>
        <translation>Hat auf die letzte Gerätesuche nicht geantwortet.</translation>
    </message>
    <message>
        <source>Folder: the device lists resources below this path, not the path itself.</source>
        <translation>Ordner: Das Gerät listet Ressourcen unterhalb dieses Pfads auf, nicht den Pfad selbst.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Interface: %1</source>
        <translation>Schnittstelle: %1</translation>
    </message>
    <message>
        <source>Formats: %1</source>
        <translation>Formate: %1</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Als Lesezeichen gespeichert</translation>
    </message>
    <message>
        <source>Bookmarked; the device does not list it.</source>
        <translation>Als Lesezeichen gespeichert; das Gerät listet sie nicht auf.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>DiscoveryText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>There is no network interface called “%1”. Choose one from the list, or All interfaces.</source>
        <translation>Es gibt keine Netzwerkschnittstelle namens „%1“. Wählen Sie eine aus der Liste oder „Alle Schnittstellen“.</translation>
    </message>
    <message>
        <source>%1 is down, not connected or cannot send multicast, so it was not asked. Connect it, or choose another interface.</source>
        <translation>%1 ist deaktiviert, nicht verbunden oder kann kein Multicast senden und wurde deshalb nicht genutzt. Verbinden Sie sie oder wählen Sie eine andere Schnittstelle.</translation>
    </message>
    <message>
        <source>%1 has no %2 address, so %3 cannot be asked through it.</source>
        <translation>%1 hat keine %2-Adresse, daher kann %3 darüber nicht gefragt werden.</translation>
    </message>
    <message>
        <source>Could not open a socket for discovery. %1</source>
        <translation>Für die Gerätesuche konnte kein Socket geöffnet werden. %1</translation>
    </message>
    <message>
        <source>Could not open a socket on %1 for discovery. %2</source>
        <translation>Auf %1 konnte kein Socket für die Gerätesuche geöffnet werden. %2</translation>
    </message>
    <message>
        <source>The system has no route to %1 on %2. Is the interface connected to a network?</source>
        <translation>Das System hat keine Route zu %1 über %2. Ist die Schnittstelle mit einem Netz verbunden?</translation>
    </message>
    <message>
        <source>The system has no route to %1. Check the cable, Wi-Fi or VPN.</source>
        <translation>Das System hat keine Route zu %1. Prüfen Sie Kabel, WLAN oder VPN.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent. %2</source>
        <translation>Die Anfrage an %1 konnte nicht gesendet werden. %2</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the spelling, or use the device&apos;s IP address.</source>
        <translation>Der Hostname „%1“ konnte nicht aufgelöst werden. Prüfen Sie die Schreibweise oder verwenden Sie die IP-Adresse des Geräts.</translation>
    </message>
    <message>
        <source>%1 did not answer GET %2 in time. Is the device on this link and powered? It stays in the list, so you can still send it requests.</source>
        <translation>%1 hat auf GET %2 nicht rechtzeitig geantwortet. Ist das Gerät in diesem Netzsegment und eingeschaltet? Es bleibt in der Liste, Sie können ihm also weiterhin Anfragen senden.</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 antwortete: %2</translation>
    </message>
    <message>
        <source>The resource list of %1 is incomplete: only its first block arrived. %2</source>
        <translation>Die Ressourcenliste von %1 ist unvollständig: Nur ihr erster Block ist angekommen. %2</translation>
    </message>
    <message>
        <source>Discovery failed (%1).</source>
        <translation>Gerätesuche fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>No multicast-capable interface: no network interface of this computer is up, connected and able to send multicast, so no group could be asked. Use Add device… to ask a device by its address.</source>
        <translation>Keine multicastfähige Schnittstelle: Keine Netzwerkschnittstelle dieses Computers ist aktiv, verbunden und kann Multicast senden, daher konnte keine Gruppe gefragt werden. Fragen Sie ein Gerät mit „Gerät hinzufügen…“ über seine Adresse.</translation>
    </message>
    <message>
        <source>No multicast-capable interface: %1 is not up, connected and able to send multicast, so no group could be asked. Choose another interface, or use Add device… to ask a device by its address.</source>
        <translation>Keine multicastfähige Schnittstelle: %1 ist nicht aktiv, nicht verbunden oder kann kein Multicast senden, daher konnte keine Gruppe gefragt werden. Wählen Sie eine andere Schnittstelle oder fragen Sie ein Gerät mit „Gerät hinzufügen…“ über seine Adresse.</translation>
    </message>
    <message>
        <source>No devices answered: asked %1 for %2. Add a device by its address with Add device…, e.g. 192.168.1.20.</source>
        <translation>Kein Gerät hat geantwortet: %1 gefragt, %2 lang gewartet. Fügen Sie ein Gerät mit „Gerät hinzufügen…“ über seine Adresse hinzu, z. B. 192.168.1.20.</translation>
    </message>
    <message numerus="yes">
        <source>%n device answered before the discovery was stopped (%1).</source>
        <translation>
            <numerusform>%n Gerät hat geantwortet, bevor die Gerätesuche gestoppt wurde (%1).</numerusform>
            <numerusform>%n Geräte haben geantwortet, bevor die Gerätesuche gestoppt wurde (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices answered before the discovery was stopped (%1).</source>
        <translation>
            <numerusform>%n Gerät hat geantwortet, bevor die Gerätesuche gestoppt wurde (%1).</numerusform>
            <numerusform>%n Geräte haben geantwortet, bevor die Gerätesuche gestoppt wurde (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device answered within %1.</source>
        <translation>
            <numerusform>%n Gerät hat innerhalb von %1 geantwortet.</numerusform>
            <numerusform>%n Geräte haben innerhalb von %1 geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices answered within %1.</source>
        <translation>
            <numerusform>%n Gerät hat innerhalb von %1 geantwortet.</numerusform>
            <numerusform>%n Geräte haben innerhalb von %1 geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for answers: %1 s left · %n device so far</source>
        <translation>
            <numerusform>Warte auf Antworten: noch %1 s · bisher %n Gerät</numerusform>
            <numerusform>Warte auf Antworten: noch %1 s · bisher %n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for answers: %1 s left · %n devices so far</source>
        <translation>
            <numerusform>Warte auf Antworten: noch %1 s · bisher %n Gerät</numerusform>
            <numerusform>Warte auf Antworten: noch %1 s · bisher %n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entry of its resource list left out: %1</source>
        <translation>
            <numerusform>%n fehlerhafter Eintrag der Ressourcenliste ausgelassen: %1</numerusform>
            <numerusform>%n fehlerhafte Einträge der Ressourcenliste ausgelassen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entries of its resource list left out: %1</source>
        <translation>
            <numerusform>%n fehlerhafter Eintrag der Ressourcenliste ausgelassen: %1</numerusform>
            <numerusform>%n fehlerhafte Einträge der Ressourcenliste ausgelassen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Its resource list is incomplete: %1</source>
        <translation>Seine Ressourcenliste ist unvollständig: %1</translation>
    </message>
    <message>
        <source>The rest of its resource list is still being fetched.</source>
        <translation>Der Rest seiner Ressourcenliste wird noch abgerufen.</translation>
    </message>
    <message>
        <source>Listed with a filter query: it may have more resources.</source>
        <translation>Mit einer Filterabfrage aufgelistet: Es hat möglicherweise weitere Ressourcen.</translation>
    </message>
    <message>
        <source>No devices answered: asked %1, stopped after %2. Add a device by its address with Add device…, e.g. 192.168.1.20.</source>
        <translation>Kein Gerät hat geantwortet: %1 gefragt, nach %2 gestoppt. Fügen Sie ein Gerät mit „Gerät hinzufügen…“ über seine Adresse hinzu, z. B. 192.168.1.20.</translation>
    </message>
    <message>
        <source>No devices answered: nothing could be asked. Choose a group or an interface, or use Add device… to ask a device by its address.</source>
        <translation>Kein Gerät hat geantwortet: Es konnte niemand gefragt werden. Wählen Sie eine Gruppe oder eine Schnittstelle oder fragen Sie ein Gerät mit „Gerät hinzufügen…“ über seine Adresse.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>das Gerät</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the spelling, or use the device&apos;s IP address.</source>
        <translation>Der Hostname „%1“ konnte nicht aufgelöst werden. Prüfen Sie die Schreibweise oder verwenden Sie die IP-Adresse des Geräts.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the system refused it. Check that this computer has a route to the device (cable, Wi-Fi, VPN, interface up).</source>
        <translation>Die Anfrage an %1 konnte nicht gesendet werden: Das System hat sie abgelehnt. Prüfen Sie, ob dieser Computer eine Route zum Gerät hat (Kabel, WLAN, VPN, Schnittstelle aktiv).</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmission. Is the device on this link and powered?</source>
        <translation>
            <numerusform>Auch nach %n Sendewiederholung antwortet %1 nicht. Ist das Gerät in diesem Netzsegment und eingeschaltet?</numerusform>
            <numerusform>Auch nach %n Sendewiederholungen antwortet %1 nicht. Ist das Gerät in diesem Netzsegment und eingeschaltet?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmissions. Is the device on this link and powered?</source>
        <translation>
            <numerusform>Auch nach %n Sendewiederholung antwortet %1 nicht. Ist das Gerät in diesem Netzsegment und eingeschaltet?</numerusform>
            <numerusform>Auch nach %n Sendewiederholungen antwortet %1 nicht. Ist das Gerät in diesem Netzsegment und eingeschaltet?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmission (%2). Is the device on this link and powered?</source>
        <translation>
            <numerusform>Auch nach %n Sendewiederholung (%2) antwortet %1 nicht. Ist das Gerät in diesem Netzsegment und eingeschaltet?</numerusform>
            <numerusform>Auch nach %n Sendewiederholungen (%2) antwortet %1 nicht. Ist das Gerät in diesem Netzsegment und eingeschaltet?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmissions (%2). Is the device on this link and powered?</source>
        <translation>
            <numerusform>Auch nach %n Sendewiederholung (%2) antwortet %1 nicht. Ist das Gerät in diesem Netzsegment und eingeschaltet?</numerusform>
            <numerusform>Auch nach %n Sendewiederholungen (%2) antwortet %1 nicht. Ist das Gerät in diesem Netzsegment und eingeschaltet?</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from %1 within %2. The request was non-confirmable, so it was sent only once; try CON, and check that the device is on this link and powered.</source>
        <translation>Binnen %2 hat %1 nicht geantwortet. Die Anfrage war nicht bestätigbar (NON) und wurde daher nur einmal gesendet; versuchen Sie CON und prüfen Sie, ob das Gerät in diesem Netzsegment und eingeschaltet ist.</translation>
    </message>
    <message>
        <source>the response timeout</source>
        <translation>der Antwortfrist</translation>
    </message>
    <message>
        <source>%1 acknowledged the request but sent no response within %2. The device may be busy; try again.</source>
        <translation>Die Anfrage wurde bestätigt, aber %1 hat binnen %2 keine Antwort gesendet. Das Gerät ist möglicherweise ausgelastet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 answered with Reset (RST): it got the message but refuses to process it, for example because it restarted or does not understand the request.</source>
        <translation>Geantwortet hat %1 mit Reset (RST): Die Nachricht kam an, wird aber nicht verarbeitet, zum Beispiel weil das Gerät neu gestartet wurde oder die Anfrage nicht versteht.</translation>
    </message>
    <message>
        <source>The answer from %1 broke the CoAP rules (for example an unknown critical option) and was rejected.</source>
        <translation>Die Antwort, die %1 gesendet hat, verletzt die CoAP-Regeln (zum Beispiel durch eine unbekannte kritische Option) und wurde verworfen.</translation>
    </message>
    <message>
        <source>The block-wise transfer with %1 could not be completed: the device sent an unexpected block. Try a smaller block size, or repeat the request.</source>
        <translation>Die blockweise Übertragung konnte nicht abgeschlossen werden, weil %1 einen unerwarteten Block gesendet hat. Versuchen Sie eine kleinere Blockgröße oder wiederholen Sie die Anfrage.</translation>
    </message>
    <message>
        <source>The resource %1 changed repeatedly while it was transferred in blocks. Repeat the request.</source>
        <translation>Die Ressource %1 hat sich während der blockweisen Übertragung wiederholt geändert. Wiederholen Sie die Anfrage.</translation>
    </message>
    <message>
        <source>The request cannot be encoded: the token or an option value is too long. Check the options table.</source>
        <translation>Die Anfrage kann nicht codiert werden: Das Token oder ein Optionswert ist zu lang. Prüfen Sie die Optionstabelle.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The exchange with %1 failed.</source>
        <translation>Der Nachrichtenaustausch ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The datagram is shorter than the 4-byte CoAP header.</source>
        <translation>Das Datagramm ist kürzer als der 4 Byte lange CoAP-Header.</translation>
    </message>
    <message>
        <source>The datagram is not CoAP version 1.</source>
        <translation>Das Datagramm ist nicht CoAP-Version 1.</translation>
    </message>
    <message>
        <source>The token length is 9 to 15, which CoAP reserves.</source>
        <translation>Die Token-Länge ist 9 bis 15; diese Werte sind in CoAP reserviert.</translation>
    </message>
    <message>
        <source>The datagram ends inside the token.</source>
        <translation>Das Datagramm endet innerhalb des Tokens.</translation>
    </message>
    <message>
        <source>The code uses a reserved class (1, 6 or 7).</source>
        <translation>Der Code verwendet eine reservierte Klasse (1, 6 oder 7).</translation>
    </message>
    <message>
        <source>An empty message (code 0.00) carries a token, options or a payload.</source>
        <translation>Eine leere Nachricht (Code 0.00) enthält ein Token, Optionen oder Nutzdaten.</translation>
    </message>
    <message>
        <source>An option uses the reserved delta 15.</source>
        <translation>Eine Option verwendet das reservierte Delta 15.</translation>
    </message>
    <message>
        <source>An option uses the reserved length 15.</source>
        <translation>Eine Option verwendet die reservierte Länge 15.</translation>
    </message>
    <message>
        <source>The datagram ends inside an option.</source>
        <translation>Das Datagramm endet innerhalb einer Option.</translation>
    </message>
    <message>
        <source>An option number is above 65535.</source>
        <translation>Eine Optionsnummer ist größer als 65535.</translation>
    </message>
    <message>
        <source>The payload marker is followed by nothing.</source>
        <translation>Auf die Nutzdatenmarkierung folgt nichts.</translation>
    </message>
    <message>
        <source>The datagram is not a valid CoAP message.</source>
        <translation>Das Datagramm ist keine gültige CoAP-Nachricht.</translation>
    </message>
    <message>
        <source>The local port is already used by another program. Choose another port or close that program.</source>
        <translation>Der lokale Port wird bereits von einem anderen Programm verwendet. Wählen Sie einen anderen Port oder beenden Sie dieses Programm.</translation>
    </message>
    <message>
        <source>The local address is not available on this computer. Is the interface up?</source>
        <translation>Die lokale Adresse ist auf diesem Computer nicht verfügbar. Ist die Schnittstelle aktiv?</translation>
    </message>
    <message>
        <source>The system did not allow sending to %1 (a firewall, or a broadcast address).</source>
        <translation>Das System hat das Senden an %1 nicht erlaubt (eine Firewall oder eine Broadcast-Adresse).</translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached from this computer. Check the cable, Wi-Fi or VPN.</source>
        <translation>Das Netz, in dem sich %1 befindet, ist von diesem Computer aus nicht erreichbar. Prüfen Sie Kabel, WLAN oder VPN.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Is the device on this link and powered?</source>
        <translation>Dieser Computer erreicht %1 nicht. Ist das Gerät in diesem Netzsegment und eingeschaltet?</translation>
    </message>
    <message>
        <source>The datagram is too large for the network. Use a smaller block size.</source>
        <translation>Das Datagramm ist zu groß für das Netz. Verwenden Sie eine kleinere Blockgröße.</translation>
    </message>
    <message>
        <source>The network refused the datagram to %1.</source>
        <translation>Das Netz hat das Datagramm an %1 abgewiesen.</translation>
    </message>
    <message>
        <source> (at position %1: “%2”)</source>
        <translation> (an Position %1: „%2“)</translation>
    </message>
    <message>
        <source> (at the end)</source>
        <translation> (am Ende)</translation>
    </message>
    <message>
        <source>Type a URI such as coap://192.168.1.20/sensors/temp.</source>
        <translation>Geben Sie einen URI ein, z. B. coap://192.168.1.20/sensors/temp.</translation>
    </message>
    <message>
        <source>The URI must start with coap:// or coaps://, e.g. coap://192.168.1.20/sensors/temp.</source>
        <translation>Der URI muss mit coap:// oder coaps:// beginnen, z. B. coap://192.168.1.20/sensors/temp.</translation>
    </message>
    <message>
        <source>Only coap:// and coaps:// URIs can be requested%1.</source>
        <translation>Nur coap://- und coaps://-URIs können angefragt werden%1.</translation>
    </message>
    <message>
        <source>The URI has no host. Write it as coap://HOST/path, e.g. coap://192.168.1.20/sensors/temp.</source>
        <translation>Der URI enthält keinen Host. Schreiben Sie ihn als coap://HOST/Pfad, z. B. coap://192.168.1.20/sensors/temp.</translation>
    </message>
    <message>
        <source>The host name contains a character that is not allowed%1.</source>
        <translation>Der Hostname enthält ein unzulässiges Zeichen%1.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535%1.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein%1.</translation>
    </message>
    <message>
        <source>CoAP URIs cannot have a “#” fragment%1; remove it.</source>
        <translation>CoAP-URIs dürfen kein „#“-Fragment enthalten%1; entfernen Sie es.</translation>
    </message>
    <message>
        <source>A “%” must be followed by two hex digits%1 (write a literal % as %25).</source>
        <translation>Auf ein „%“ müssen zwei Hexadezimalziffern folgen%1 (ein wörtliches % schreibt man als %25).</translation>
    </message>
    <message>
        <source>The IPv6 address is not valid%1. Write it in brackets, e.g. coap://[fe80::1%eth0]/.</source>
        <translation>Die IPv6-Adresse ist ungültig%1. Schreiben Sie sie in eckigen Klammern, z. B. coap://[fe80::1%eth0]/.</translation>
    </message>
    <message>
        <source>The IPv6 zone after “%” is empty or malformed%1; write the interface name, e.g. %eth0.</source>
        <translation>Die IPv6-Zone nach „%“ ist leer oder fehlerhaft%1; geben Sie den Schnittstellennamen an, z. B. %eth0.</translation>
    </message>
    <message>
        <source>The URI contains a space at position %1; write a space in a path as %20.</source>
        <translation>Der URI enthält an Position %1 ein Leerzeichen; schreiben Sie ein Leerzeichen im Pfad als %20.</translation>
    </message>
    <message>
        <source>The URI contains a character that is not allowed in a path or query%1.</source>
        <translation>Der URI enthält ein Zeichen, das in Pfad oder Abfrage nicht erlaubt ist%1.</translation>
    </message>
    <message>
        <source>The URI is not valid%1.</source>
        <translation>Der URI ist ungültig%1.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Bad Request</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Unauthorized</translation>
    </message>
    <message>
        <source>Bad Option</source>
        <translation>Bad Option</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Forbidden</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Not Found</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Method Not Allowed</translation>
    </message>
    <message>
        <source>Not Acceptable</source>
        <translation>Not Acceptable</translation>
    </message>
    <message>
        <source>Request Entity Incomplete</source>
        <translation>Request Entity Incomplete</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Precondition Failed</source>
        <translation>Precondition Failed</translation>
    </message>
    <message>
        <source>Request Entity Too Large</source>
        <translation>Request Entity Too Large</translation>
    </message>
    <message>
        <source>Unsupported Content-Format</source>
        <translation>Unsupported Content-Format</translation>
    </message>
    <message>
        <source>Unprocessable Entity</source>
        <translation>Unprocessable Entity</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Too Many Requests</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Internal Server Error</translation>
    </message>
    <message>
        <source>Not Implemented</source>
        <translation>Not Implemented</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Bad Gateway</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Service Unavailable</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway Timeout</translation>
    </message>
    <message>
        <source>Proxying Not Supported</source>
        <translation>Proxying Not Supported</translation>
    </message>
    <message>
        <source>Hop Limit Reached</source>
        <translation>Hop Limit Reached</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Client error</source>
        <translation>Client-Fehler</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Server-Fehler</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Netzwerkproblem</translation>
    </message>
    <message>
        <source>Unusual code</source>
        <translation>Ungewöhnlicher Code</translation>
    </message>
    <message>
        <source>this method</source>
        <translation>diese Methode</translation>
    </message>
    <message>
        <source>Created: the device made a new resource for %1.</source>
        <translation>Created: Das Gerät hat eine neue Ressource für %1 angelegt.</translation>
    </message>
    <message>
        <source>Deleted: the device removed %1.</source>
        <translation>Deleted: Das Gerät hat %1 gelöscht.</translation>
    </message>
    <message>
        <source>Valid: the copy you hold of %1 is still current.</source>
        <translation>Valid: Ihre Kopie von %1 ist noch aktuell.</translation>
    </message>
    <message>
        <source>Changed: the device accepted the request to %1.</source>
        <translation>Changed: Das Gerät hat die Anfrage an %1 angenommen.</translation>
    </message>
    <message>
        <source>Content: the device sent the representation of %1.</source>
        <translation>Content: Das Gerät hat die Repräsentation von %1 gesendet.</translation>
    </message>
    <message>
        <source>Continue: the device is waiting for the next block of the request body.</source>
        <translation>Continue: Das Gerät wartet auf den nächsten Block der Anfragedaten.</translation>
    </message>
    <message>
        <source>Bad Request: the device could not understand the request to %1. Check the options and payload.</source>
        <translation>Bad Request: Das Gerät konnte die Anfrage an %1 nicht verstehen. Prüfen Sie Optionen und Nutzdaten.</translation>
    </message>
    <message>
        <source>Unauthorized: the device wants you to authenticate before it answers for %1.</source>
        <translation>Unauthorized: Das Gerät verlangt eine Authentifizierung, bevor es für %1 antwortet.</translation>
    </message>
    <message>
        <source>Bad Option: the device does not understand a critical option of the request. Remove it or check its value.</source>
        <translation>Bad Option: Das Gerät versteht eine kritische Option der Anfrage nicht. Entfernen Sie sie oder prüfen Sie ihren Wert.</translation>
    </message>
    <message>
        <source>Forbidden: the device refuses access to %1.</source>
        <translation>Forbidden: Das Gerät verweigert den Zugriff auf %1.</translation>
    </message>
    <message>
        <source>Not Found: the device has no resource at %1</source>
        <translation>Not Found: Das Gerät hat keine Ressource unter %1</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 does not accept %2.</source>
        <translation>Method Not Allowed: %1 akzeptiert %2 nicht.</translation>
    </message>
    <message>
        <source>Not Acceptable: the device cannot answer for %1 in the format asked for by Accept.</source>
        <translation>Not Acceptable: Das Gerät kann für %1 nicht im per Accept verlangten Format antworten.</translation>
    </message>
    <message>
        <source>Request Entity Incomplete: the device is missing blocks of the request body. Repeat the request.</source>
        <translation>Request Entity Incomplete: Dem Gerät fehlen Blöcke der Anfragedaten. Wiederholen Sie die Anfrage.</translation>
    </message>
    <message>
        <source>Conflict: the request conflicts with the current state of %1.</source>
        <translation>Conflict: Die Anfrage steht im Widerspruch zum aktuellen Zustand von %1.</translation>
    </message>
    <message>
        <source>Precondition Failed: the If-Match or If-None-Match condition did not hold for %1.</source>
        <translation>Precondition Failed: Die If-Match- oder If-None-Match-Bedingung traf für %1 nicht zu.</translation>
    </message>
    <message>
        <source>Request Entity Too Large: the payload is larger than the device accepts. Try a smaller block size.</source>
        <translation>Request Entity Too Large: Die Nutzdaten sind größer, als das Gerät annimmt. Versuchen Sie eine kleinere Blockgröße.</translation>
    </message>
    <message>
        <source>Unsupported Content-Format: %1 does not accept a payload in this format.</source>
        <translation>Unsupported Content-Format: %1 akzeptiert keine Nutzdaten in diesem Format.</translation>
    </message>
    <message>
        <source>Unprocessable Entity: the device understood the payload for %1 but cannot act on its content.</source>
        <translation>Unprocessable Entity: Das Gerät hat die Nutzdaten für %1 verstanden, kann ihren Inhalt aber nicht verarbeiten.</translation>
    </message>
    <message>
        <source>Too Many Requests: the device asks you to wait before trying again (see Max-Age).</source>
        <translation>Too Many Requests: Das Gerät bittet, vor einem neuen Versuch zu warten (siehe Max-Age).</translation>
    </message>
    <message>
        <source>Internal Server Error: the device failed while handling the request to %1.</source>
        <translation>Internal Server Error: Beim Bearbeiten der Anfrage an %1 ist im Gerät ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Not Implemented: the device does not support %1.</source>
        <translation>Not Implemented: Das Gerät unterstützt %1 nicht.</translation>
    </message>
    <message>
        <source>Bad Gateway: the proxy got an invalid answer from the device behind it.</source>
        <translation>Bad Gateway: Der Proxy hat vom Gerät hinter ihm eine ungültige Antwort erhalten.</translation>
    </message>
    <message>
        <source>Service Unavailable: the device cannot answer right now; try again later (see Max-Age).</source>
        <translation>Service Unavailable: Das Gerät kann gerade nicht antworten; versuchen Sie es später erneut (siehe Max-Age).</translation>
    </message>
    <message>
        <source>Gateway Timeout: the proxy got no answer in time from the device behind it.</source>
        <translation>Gateway Timeout: Der Proxy hat vom Gerät hinter ihm nicht rechtzeitig eine Antwort erhalten (Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>Proxying Not Supported: the device is not a proxy for this URI.</source>
        <translation>Proxying Not Supported: Das Gerät ist kein Proxy für diesen URI.</translation>
    </message>
    <message>
        <source>Hop Limit Reached: the request went through too many proxies (a loop?).</source>
        <translation>Hop Limit Reached: Die Anfrage ist über zu viele Proxys gelaufen (eine Schleife?).</translation>
    </message>
    <message>
        <source>%1: the device accepted the request to %2.</source>
        <translation>%1: Das Gerät hat die Anfrage an %2 angenommen.</translation>
    </message>
    <message>
        <source>%1: the device rejected the request to %2 as faulty.</source>
        <translation>%1: Das Gerät hat die Anfrage an %2 als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>%1: the device failed to handle the request to %2.</source>
        <translation>%1: Das Gerät konnte die Anfrage an %2 nicht bearbeiten.</translation>
    </message>
    <message>
        <source>%1: the device answered with a code that is not a response code.</source>
        <translation>%1: Das Gerät hat mit einem Code geantwortet, der kein Antwortcode ist.</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation>Kein gültiges JSON bei %1: %2.</translation>
    </message>
    <message>
        <source>The payload is empty, so it holds no CBOR item.</source>
        <translation>Die Nutzdaten sind leer und enthalten daher kein CBOR-Element.</translation>
    </message>
    <message>
        <source>the data ends inside an item</source>
        <translation>die Daten enden innerhalb eines Elements</translation>
    </message>
    <message>
        <source>a break byte (0xff) appears outside an indefinite-length item</source>
        <translation>ein Break-Byte (0xff) steht außerhalb eines Elements unbestimmter Länge</translation>
    </message>
    <message>
        <source>a reserved encoding is used</source>
        <translation>eine reservierte Codierung wird verwendet</translation>
    </message>
    <message>
        <source>a text string is not valid UTF-8</source>
        <translation>eine Textzeichenkette ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a map has the same key twice</source>
        <translation>eine Map enthält denselben Schlüssel zweimal</translation>
    </message>
    <message>
        <source>the items are nested too deeply</source>
        <translation>die Elemente sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>there are bytes after the single top-level item</source>
        <translation>nach dem einzigen Element der obersten Ebene folgen weitere Bytes</translation>
    </message>
    <message>
        <source>Not valid CBOR at byte %1: %2.</source>
        <translation>Kein gültiges CBOR bei Byte %1: %2.</translation>
    </message>
    <message>
        <source>the text ends inside a value</source>
        <translation>der Text endet innerhalb eines Werts</translation>
    </message>
    <message>
        <source>unexpected character (a missing comma, colon or bracket?)</source>
        <translation>unerwartetes Zeichen (fehlt ein Komma, Doppelpunkt oder eine Klammer?)</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>keine gültige Zahl</translation>
    </message>
    <message>
        <source>a string has a bad escape or no closing quote</source>
        <translation>eine Zeichenkette hat eine fehlerhafte Escape-Sequenz oder kein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>h&apos;..&apos; needs an even number of hex digits</source>
        <translation>h&apos;..&apos; braucht eine gerade Anzahl Hexadezimalziffern</translation>
    </message>
    <message>
        <source>b64&apos;..&apos; is not base64</source>
        <translation>b64&apos;..&apos; ist kein Base64</translation>
    </message>
    <message>
        <source>simple(n) must be 0..23 or 32..255</source>
        <translation>simple(n) muss 0..23 oder 32..255 sein</translation>
    </message>
    <message>
        <source>(_ ...) must hold only byte strings or only text strings</source>
        <translation>(_ ...) darf nur Byte-Strings oder nur Text-Strings enthalten</translation>
    </message>
    <message>
        <source>the values are nested too deeply</source>
        <translation>die Werte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>there is more text after the value</source>
        <translation>nach dem Wert folgt weiterer Text</translation>
    </message>
    <message>
        <source>Not valid JSON or CBOR diagnostic notation: %1.</source>
        <translation>Weder gültiges JSON noch gültige CBOR-Diagnosenotation: %1.</translation>
    </message>
    <message>
        <source>Not valid JSON or CBOR diagnostic notation at %1: %2.</source>
        <translation>Weder gültiges JSON noch gültige CBOR-Diagnosenotation bei %1: %2.</translation>
    </message>
    <message>
        <source>Not valid SenML: the payload is not JSON.</source>
        <translation>Kein gültiges SenML: Die Nutzdaten sind kein JSON.</translation>
    </message>
    <message>
        <source>Not valid SenML: the payload is not one CBOR item.</source>
        <translation>Kein gültiges SenML: Die Nutzdaten sind nicht genau ein CBOR-Element.</translation>
    </message>
    <message>
        <source>Not valid SenML: a pack must be an array of records.</source>
        <translation>Kein gültiges SenML: Ein Pack muss ein Array von Records sein.</translation>
    </message>
    <message>
        <source>Not valid SenML: the pack has no records.</source>
        <translation>Kein gültiges SenML: Das Pack enthält keine Records.</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>er ist kein Objekt</translation>
    </message>
    <message>
        <source>field “%1” has the wrong type</source>
        <translation>das Feld „%1“ hat den falschen Typ</translation>
    </message>
    <message>
        <source>it has more than one of v, vs, vb, vd</source>
        <translation>er enthält mehr als eines von v, vs, vb, vd</translation>
    </message>
    <message>
        <source>it has neither a value nor a sum</source>
        <translation>er hat weder einen Wert noch eine Summe</translation>
    </message>
    <message>
        <source>its name is empty or has characters SenML does not allow</source>
        <translation>sein Name ist leer oder enthält Zeichen, die SenML nicht erlaubt</translation>
    </message>
    <message>
        <source>vd is not base64url</source>
        <translation>vd ist kein base64url</translation>
    </message>
    <message>
        <source>it has a field “%1” that must be understood</source>
        <translation>er hat ein Feld „%1“, das verstanden werden muss</translation>
    </message>
    <message>
        <source>its version is newer than 10</source>
        <translation>seine Version ist neuer als 10</translation>
    </message>
    <message>
        <source>its version differs from the other records</source>
        <translation>seine Version weicht von den anderen Records ab</translation>
    </message>
    <message>
        <source>Not valid SenML: record %1: %2.</source>
        <translation>Kein gültiges SenML: Record %1: %2.</translation>
    </message>
    <message>
        <source>a link must start with “&lt;”</source>
        <translation>ein Link muss mit „&lt;“ beginnen</translation>
    </message>
    <message>
        <source>the link target has no closing “&gt;”</source>
        <translation>dem Linkziel fehlt das schließende „&gt;“</translation>
    </message>
    <message>
        <source>an empty entry between commas</source>
        <translation>ein leerer Eintrag zwischen Kommas</translation>
    </message>
    <message>
        <source>a bad attribute name</source>
        <translation>ein fehlerhafter Attributname</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>ein Attribut ohne Wert</translation>
    </message>
    <message>
        <source>a bad attribute value</source>
        <translation>ein fehlerhafter Attributwert</translation>
    </message>
    <message>
        <source>a quoted string without the closing quote</source>
        <translation>eine Zeichenkette in Anführungszeichen ohne schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected characters after a link (a missing “,” or “;”?)</source>
        <translation>unerwartete Zeichen nach einem Link (fehlt ein „,“ oder „;“?)</translation>
    </message>
    <message>
        <source>an attribute value of the wrong form</source>
        <translation>ein Attributwert in falscher Form</translation>
    </message>
    <message>
        <source>Not valid link format at byte %1: %2.</source>
        <translation>Kein gültiges Link-Format bei Byte %1: %2.</translation>
    </message>
    <message>
        <source>%1 sent a block shorter than its block size while announcing more blocks. The transfer was stopped rather than asking again and again; the device misreads RFC 7959 (some answer an empty block). Try a fixed block size in the request.</source>
        <translation>%1 hat einen Block gesendet, der kürzer als seine Blockgröße ist, und dabei weitere Blöcke angekündigt. Die Übertragung wurde abgebrochen, statt immer wieder nachzufragen; das Gerät setzt RFC 7959 falsch um (manche antworten mit einem leeren Block). Versuchen Sie eine feste Blockgröße in der Anfrage.</translation>
    </message>
    <message>
        <source>The answer from %1 grew past the largest body this tool accepts; the transfer was stopped.</source>
        <translation>Die Antwort von %1 wurde größer als die größten Nutzdaten, die dieses Programm annimmt; die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 kept answering without progress, so the exchange was stopped to avoid flooding the device.</source>
        <translation>%1 hat immer wieder geantwortet, ohne dass es voranging; der Nachrichtenaustausch wurde abgebrochen, um das Gerät nicht zu überfluten.</translation>
    </message>
    <message>
        <source>The answer from %1 carries a critical option that this tool does not implement (for example OSCORE or Q-Block), so its payload cannot be shown as a plain body.</source>
        <translation>Die Antwort von %1 enthält eine kritische Option, die dieses Programm nicht umsetzt (zum Beispiel OSCORE oder Q-Block); ihre Nutzdaten lassen sich daher nicht als einfacher Inhalt zeigen.</translation>
    </message>
    <message>
        <source>The resource %1 changed again after the block-wise transfer had started over for its new version. Repeat the request when it changes less often.</source>
        <translation>Die Ressource %1 hat sich erneut geändert, nachdem die blockweise Übertragung für ihre neue Version von vorn begonnen hatte. Wiederholen Sie die Anfrage, wenn sie sich seltener ändert.</translation>
    </message>
    <message>
        <source>%1 broke the CoAP rules in a way that trying again cannot fix; the exchange was stopped.</source>
        <translation>%1 hat die CoAP-Regeln so verletzt, dass ein neuer Versuch nicht hilft; der Nachrichtenaustausch wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing listens on the port of %1: its system answered “port unreachable”. Check the port number, and that the CoAP service on the device is running.</source>
        <translation>Auf dem Port von %1 lauscht nichts: sein System antwortete „Port nicht erreichbar“. Prüfen Sie die Portnummer und ob der CoAP-Dienst auf dem Gerät läuft.</translation>
    </message>
    <message>
        <source>The proxy URI is empty.</source>
        <translation>Die Proxy-URI ist leer.</translation>
    </message>
    <message>
        <source>The proxy URI is not usable: %1</source>
        <extracomment>%1 why the URI is not valid</extracomment>
        <translation>Die Proxy-URI ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>A proxy is only a host and a port, such as coap://10.0.0.1:5683; the path belongs in the request&apos;s URI.</source>
        <translation>Ein Proxy ist nur ein Host und ein Port, etwa coap://10.0.0.1:5683; der Pfad gehört in die URI der Anfrage.</translation>
    </message>
    <message>
        <source>The URI names an IPv6 zone (%eth0), which means nothing to the proxy; use the device&apos;s global address, or send without the proxy.</source>
        <translation>Die URI nennt eine IPv6-Zone (%eth0), mit der der Proxy nichts anfangen kann; verwenden Sie die globale Adresse des Geräts oder senden Sie ohne Proxy.</translation>
    </message>
    <message>
        <source>The URI is longer than a Proxy-Uri option can hold (1034 bytes); choose Proxy-Scheme in Settings.</source>
        <translation>Die URI ist länger, als eine Proxy-Uri-Option fassen kann (1034 Bytes); wählen Sie Proxy-Scheme in den Einstellungen.</translation>
    </message>
    <message>
        <source>Bad Gateway: the proxy %1 could not get a valid answer from %2. The device may be off, or nothing serves CoAP at that address and port.</source>
        <translation>Bad Gateway: Der Proxy %1 erhielt keine gültige Antwort von %2. Das Gerät ist vielleicht aus, oder an dieser Adresse und diesem Port läuft kein CoAP.</translation>
    </message>
    <message>
        <source>Gateway Timeout: the proxy %1 got no answer from %2 in time. The device may be off, asleep or out of the proxy&apos;s reach.</source>
        <translation>Gateway Timeout: Der Proxy %1 erhielt von %2 nicht rechtzeitig eine Antwort. Das Gerät ist vielleicht aus, schläft oder ist für den Proxy nicht erreichbar.</translation>
    </message>
    <message>
        <source>Proxying Not Supported: %1 does not forward this request. It is no proxy, or not for this kind of URI; check the proxy in Settings or the device&apos;s proxy.</source>
        <translation>Proxying Not Supported: %1 leitet diese Anfrage nicht weiter. Es ist kein Proxy oder keiner für diese Art von URI; prüfen Sie den Proxy in den Einstellungen oder den Proxy des Geräts.</translation>
    </message>
    <message>
        <source>via proxy %1 (%2)</source>
        <extracomment>%1 the proxy&apos;s address, %2 the option that names the device: Proxy-Uri or Proxy-Scheme</extracomment>
        <translation>über Proxy %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <source>Message log</source>
        <translation>Nachrichtenprotokoll</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>The simulated devices could not start: %1</source>
        <translation>Die simulierten Geräte konnten nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n simulated device(s) on this computer</source>
        <translation>
            <numerusform>Demo: %n simuliertes Gerät auf diesem Computer</numerusform>
            <numerusform>Demo: %n simulierte Geräte auf diesem Computer</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>C&amp;hart this resource</source>
        <translation>Diese Ressource als Dia&amp;gramm</translation>
    </message>
    <message>
        <source>Plot the values of the resource in the form in the Charts panel; it is observed if it is not yet</source>
        <translation>Die Werte der Ressource im Formular im Diagrammbereich zeichnen; sie wird beobachtet, falls noch nicht geschehen</translation>
    </message>
    <message>
        <source>&amp;Monitor view</source>
        <translation>&amp;Monitoransicht</translation>
    </message>
    <message>
        <source>Give the charts the whole window for watching, and back (Ctrl+Shift+M)</source>
        <translation>Den Diagrammen zum Beobachten das ganze Fenster geben, und zurück (Strg+Umschalt+M)</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) were running when CoAP Explorer closed. Observe them again?</source>
        <translation>
            <numerusform>%n Beobachtung lief, als CoAP Explorer geschlossen wurde. Wieder beobachten?</numerusform>
            <numerusform>%n Beobachtungen liefen, als CoAP Explorer geschlossen wurde. Wieder beobachten?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Close the charts</source>
        <translation>Diagramme schließen</translation>
    </message>
    <message numerus="yes">
        <source>The charts observe %n resource(s). Stop these observations?</source>
        <translation>
            <numerusform>Die Diagramme beobachten %n Ressource. Diese Beobachtung beenden?</numerusform>
            <numerusform>Die Diagramme beobachten %n Ressourcen. Diese Beobachtungen beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations the request form shows keep running.</source>
        <translation>Beobachtungen, die das Anfrageformular zeigt, laufen weiter.</translation>
    </message>
    <message>
        <source>&amp;Stop observing</source>
        <translation>Beobachtung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep observing</source>
        <translation>&amp;Weiter beobachten</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Mitschnitte (*.pcap *.pcapng *.cap *.dmp);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>No chartable value in the %n notification(s) of %1</source>
        <translation>
            <numerusform>Kein darstellbarer Wert in der %n Benachrichtigung von %1</numerusform>
            <numerusform>Kein darstellbarer Wert in den %n Benachrichtigungen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;capture…</source>
        <translation>&amp;Mitschnitt öffnen…</translation>
    </message>
    <message>
        <source>Open a pcap or pcapng capture (tcpdump, Wireshark) and show its CoAP datagrams</source>
        <translation>Einen pcap- oder pcapng-Mitschnitt (tcpdump, Wireshark) öffnen und seine CoAP-Datagramme zeigen</translation>
    </message>
</context>
<context>
    <name>GatewayDialog</name>
    <message>
        <source>Serve devices over HTTP</source>
        <translation>Geräte über HTTP bereitstellen</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Lesen:</translation>
    </message>
    <message>
        <source>Watch:</source>
        <translation>Beobachten:</translation>
    </message>
    <message>
        <source>Methods, Content-Type, Accept and ETags are passed on; a device that does not answer gives 504, one that cannot be reached 502. With Accept: text/event-stream a GET observes the resource and sends each notification as an event.</source>
        <translation>Methoden, Content-Type, Accept und ETags werden weitergegeben; ein Gerät, das nicht antwortet, ergibt 504, eines, das nicht erreichbar ist, 502. Mit Accept: text/event-stream beobachtet ein GET die Ressource und sendet jede Benachrichtigung als Ereignis.</translation>
    </message>
    <message>
        <source>&amp;Stop serving</source>
        <translation>Bereitstellung &amp;beenden</translation>
    </message>
    <message>
        <source>The devices this window reaches are served at &lt;b&gt;%1&lt;/b&gt;/coap://&lt;i&gt;device&lt;/i&gt;/&lt;i&gt;path&lt;/i&gt;. Only programs on this computer can connect (loopback).</source>
        <translation>Die Geräte, die dieses Fenster erreicht, sind unter &lt;b&gt;%1&lt;/b&gt;/coap://&lt;i&gt;gerät&lt;/i&gt;/&lt;i&gt;pfad&lt;/i&gt; erreichbar. Nur Programme auf diesem Computer können sich verbinden (Loopback).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>GatewayPart</name>
    <message>
        <source>Let curl, a browser or a script on this computer reach the devices: http://127.0.0.1:8080/coap://device/path (RFC 8075)</source>
        <translation>curl, einem Browser oder einem Skript auf diesem Computer Zugriff auf die Geräte geben: http://127.0.0.1:8080/coap://gerät/pfad (RFC 8075)</translation>
    </message>
    <message>
        <source>Serve devices over HTTP</source>
        <translation>Geräte über HTTP bereitstellen</translation>
    </message>
    <message>
        <source>The devices are served over HTTP here; click for examples</source>
        <translation>Die Geräte werden hier über HTTP bereitgestellt; klicken für Beispiele</translation>
    </message>
    <message>
        <source>The HTTP gateway could not start: %1</source>
        <translation>Das HTTP-Gateway konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>HTTP: %1</source>
        <translation>HTTP: %1</translation>
    </message>
    <message>
        <source>event streams: %1</source>
        <translation>Ereignisströme: %1</translation>
    </message>
    <message>
        <source>Ser&amp;ve devices over HTTP</source>
        <translation>Geräte über HTTP &amp;bereitstellen</translation>
    </message>
    <message>
        <source>HTTP Gateway Add&amp;ress…</source>
        <translation>HTTP-Gateway-&amp;Adresse…</translation>
    </message>
</context>
<context>
    <name>InlineBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CoAP Explorer</source>
        <translation>CoAP Explorer</translation>
    </message>
    <message>
        <source>no socket</source>
        <translation>kein Socket</translation>
    </message>
    <message>
        <source>UDP port %1</source>
        <translation>UDP-Port %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Settings: transmission parameters, block size, discovery, language</source>
        <translation>Einstellungen: Übertragungsparameter, Blockgröße, Gerätesuche, Sprache</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running exchange or observation (Esc)</source>
        <translation>Den laufenden Nachrichtenaustausch oder die Beobachtung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>Observe the resource: the device sends every change (Ctrl+O)</source>
        <translation>Die Ressource beobachten: Das Gerät sendet jede Änderung (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Ask the local network which CoAP devices are there (Ctrl+D)</source>
        <translation>Im lokalen Netz nach vorhandenen CoAP-Geräten fragen (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>Gerät &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a device by its address</source>
        <translation>Ein Gerät über seine Adresse hinzufügen</translation>
    </message>
    <message>
        <source>&amp;About CoAP Explorer</source>
        <translation>&amp;Über CoAP Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>A&amp;nfrage</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>&amp;GET</source>
        <translation>&amp;GET</translation>
    </message>
    <message>
        <source>&amp;POST</source>
        <translation>&amp;POST</translation>
    </message>
    <message>
        <source>P&amp;UT</source>
        <translation>P&amp;UT</translation>
    </message>
    <message>
        <source>&amp;DELETE</source>
        <translation>&amp;DELETE</translation>
    </message>
    <message>
        <source>&amp;FETCH</source>
        <translation>&amp;FETCH</translation>
    </message>
    <message>
        <source>P&amp;ATCH</source>
        <translation>P&amp;ATCH</translation>
    </message>
    <message>
        <source>&amp;iPATCH</source>
        <translation>&amp;iPATCH</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>No devices yet.

Press Discover (Ctrl+D) to ask the local network, or Add device… to enter an address.</source>
        <translation>Noch keine Geräte.

Drücken Sie „Suchen“ (Strg+D), um das lokale Netz zu fragen, oder „Gerät hinzufügen…“, um eine Adresse einzugeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n device</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange</source>
        <translation>
            <numerusform>%n Austausch</numerusform>
            <numerusform>%n Austausche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n Austausch</numerusform>
            <numerusform>%n Austausche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmission</source>
        <translation>
            <numerusform>%n Sendewiederholung</numerusform>
            <numerusform>%n Sendewiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmissions</source>
        <translation>
            <numerusform>%n Sendewiederholung</numerusform>
            <numerusform>%n Sendewiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation</source>
        <translation>
            <numerusform>%n Beobachtung</numerusform>
            <numerusform>%n Beobachtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observations</source>
        <translation>
            <numerusform>%n Beobachtung</numerusform>
            <numerusform>%n Beobachtungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Observing uses GET.</source>
        <translation>Beobachten verwendet GET.</translation>
    </message>
    <message>
        <source>Observing %1 — waiting for the first notification…</source>
        <translation>Beobachte %1 — warte auf die erste Benachrichtigung…</translation>
    </message>
    <message>
        <source>%1 %2 — waiting for an answer…</source>
        <translation>%1 %2 — warte auf eine Antwort…</translation>
    </message>
    <message>
        <source>observing, notification %1</source>
        <translation>Beobachtung läuft, Benachrichtigung %1</translation>
    </message>
    <message>
        <source>observation cancelled</source>
        <translation>Beobachtung abgebrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled before an answer arrived.</source>
        <translation>Abgebrochen, bevor eine Antwort kam.</translation>
    </message>
    <message numerus="yes">
        <source>observation ended after %n notification</source>
        <translation>
            <numerusform>Beobachtung nach %n Benachrichtigung beendet</numerusform>
            <numerusform>Beobachtung nach %n Benachrichtigungen beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>observation ended after %n notifications</source>
        <translation>
            <numerusform>Beobachtung nach %n Benachrichtigung beendet</numerusform>
            <numerusform>Beobachtung nach %n Benachrichtigungen beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange ended without an answer.</source>
        <translation>Der Nachrichtenaustausch endete ohne Antwort.</translation>
    </message>
    <message>
        <source>Resume o&amp;bservation of %1</source>
        <translation>Beobachtung von %1 &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Save payload…</source>
        <translation>Nutzdaten &amp;speichern…</translation>
    </message>
    <message>
        <source>Go to the &amp;URI field</source>
        <translation>Zum &amp;URI-Feld</translation>
    </message>
    <message>
        <source>Add &amp;option</source>
        <translation>&amp;Option hinzufügen</translation>
    </message>
    <message>
        <source>Clear URI &amp;history</source>
        <translation>URI-&amp;Verlauf löschen</translation>
    </message>
    <message>
        <source>&amp;Repeat request</source>
        <translation>Anfrage &amp;wiederholen</translation>
    </message>
    <message>
        <source>Resume o&amp;bservation</source>
        <translation>Beobachtung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Discovery &amp;settings…</source>
        <translation>&amp;Einstellungen der Gerätesuche…</translation>
    </message>
    <message>
        <source>Stop &amp;observing</source>
        <translation>&amp;Beobachtung beenden</translation>
    </message>
    <message>
        <source>End the observation of this resource; the device is told (Ctrl+O)</source>
        <translation>Die Beobachtung dieser Ressource beenden; das Gerät wird benachrichtigt (Strg+O)</translation>
    </message>
    <message>
        <source>%1 %2 — no answer yet: retransmission %3 of %4, gives up in about %5. Esc cancels.</source>
        <extracomment>%1 method, %2 URI, %3 the retransmission number, %4 how many there are at most, %5 a duration such as &quot;70 s&quot;</extracomment>
        <translation>%1 %2 — noch keine Antwort: Sendewiederholung %3 von %4, gibt in etwa %5 auf. Esc bricht ab.</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <extracomment>%1 the address of the forward proxy the request went to</extracomment>
        <translation>der Proxy %1</translation>
    </message>
    <message>
        <source>Cop&amp;y as</source>
        <translation>Kop&amp;ieren als</translation>
    </message>
    <message>
        <source>Copy the request in the form as a command line for another tool</source>
        <translation>Die Anfrage im Formular als Befehlszeile für ein anderes Werkzeug kopieren</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>→ sent</source>
        <translation>→ gesendet</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← empfangen</translation>
    </message>
    <message>
        <source>Confirmable</source>
        <translation>Bestätigbar</translation>
    </message>
    <message>
        <source>Non-confirmable</source>
        <translation>Nicht bestätigbar</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>&lt; 1 ms</source>
        <translation>&lt; 1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>malformed: %1</source>
        <translation>fehlerhaft: %1</translation>
    </message>
    <message>
        <source>retransmission %1</source>
        <translation>Sendewiederholung %1</translation>
    </message>
    <message>
        <source>duplicate: reply sent again</source>
        <translation>Duplikat: Antwort erneut gesendet</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>%1 (engine clock %2 ms)</source>
        <translation>%1 (Engine-Uhr %2 ms)</translation>
    </message>
    <message>
        <source>Empty message (0.00)</source>
        <translation>Leere Nachricht (0.00)</translation>
    </message>
    <message>
        <source>Request %1 (%2)</source>
        <translation>Anfrage %1 (%2)</translation>
    </message>
    <message>
        <source>%1: success</source>
        <translation>%1: Erfolg</translation>
    </message>
    <message>
        <source>%1: client error</source>
        <translation>%1: Client-Fehler</translation>
    </message>
    <message>
        <source>%1: server error</source>
        <translation>%1: Server-Fehler</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Token mit %1</translation>
    </message>
    <message>
        <source>Round-trip time since the first transmission of the request</source>
        <translation>Umlaufzeit seit dem ersten Senden der Anfrage</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 Found at byte %2.</source>
        <translation>%1 Stelle: Byte %2.</translation>
    </message>
    <message>
        <source>Sent again because no acknowledgement came in time (RFC 7252 §4.2).</source>
        <translation>Erneut gesendet, weil nicht rechtzeitig eine Bestätigung kam (RFC 7252 §4.2).</translation>
    </message>
    <message>
        <source>The peer repeated a message; the same reply was sent again (RFC 7252 §4.5).</source>
        <translation>Die Gegenstelle hat eine Nachricht wiederholt; dieselbe Antwort wurde erneut gesendet (RFC 7252 §4.5).</translation>
    </message>
    <message>
        <source>The same message arrived again; it was acted on once only (RFC 7252 §4.5).</source>
        <translation>Dieselbe Nachricht kam erneut an; sie wurde nur einmal verarbeitet (RFC 7252 §4.5).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>MID</source>
        <translation>MID</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Wall-clock time when the datagram was logged</source>
        <translation>Uhrzeit, zu der das Datagramm protokolliert wurde</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Size of the whole datagram in bytes</source>
        <translation>Größe des gesamten Datagramms in Byte</translation>
    </message>
    <message>
        <source>Round-trip time of a response or acknowledgement</source>
        <translation>Umlaufzeit einer Antwort oder Bestätigung</translation>
    </message>
    <message>
        <source>Retransmissions, duplicates and decoding errors</source>
        <translation>Sendewiederholungen, Duplikate und Decodierfehler</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>MessageLogView</name>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Show the datagrams of one device only</source>
        <translation>Nur die Datagramme eines Geräts anzeigen</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>CON</source>
        <translation>CON</translation>
    </message>
    <message>
        <source>NON</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Retransmissions, duplicates, resets, malformed datagrams and 4.xx/5.xx answers</source>
        <translation>Sendewiederholungen, Duplikate, Resets, fehlerhafte Datagramme und 4.xx/5.xx-Antworten</translation>
    </message>
    <message>
        <source>Show one message type only, or only what looks wrong</source>
        <translation>Nur einen Nachrichtentyp anzeigen oder nur das, was fehlerhaft aussieht</translation>
    </message>
    <message>
        <source>Filter by peer, code, token, options or payload (Ctrl+F)</source>
        <translation>Nach Gegenstelle, Code, Token, Optionen oder Nutzdaten filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Shows the datagrams whose peer, code, token, options or payload text contain this text. Esc clears it.</source>
        <translation>Zeigt die Datagramme, deren Gegenstelle, Code, Token, Optionen oder Nutzdatentext diesen Text enthalten. Esc leert das Feld.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Hold new datagrams back so that the list stands still; they are still recorded and appear when you resume</source>
        <translation>Neue Datagramme zurückhalten, damit die Liste stillsteht; sie werden weiter aufgezeichnet und erscheinen beim Fortsetzen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every datagram from the log and reset the counters</source>
        <translation>Alle Datagramme aus dem Protokoll entfernen und die Zähler zurücksetzen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Hex dump</source>
        <translation>Hex-Dump</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Nachrichtenprotokoll</translation>
    </message>
    <message>
        <source>Decoded datagram</source>
        <translation>Decodiertes Datagramm</translation>
    </message>
    <message>
        <source>Hex dump of the datagram</source>
        <translation>Hex-Dump des Datagramms</translation>
    </message>
    <message>
        <source>No datagrams</source>
        <translation>Keine Datagramme</translation>
    </message>
    <message>
        <source>Datagrams: %1</source>
        <translation>Datagramme: %1</translation>
    </message>
    <message>
        <source>None of %1 match the filter</source>
        <translation>Keines von %1 passt zum Filter</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>paused, %1 held back</source>
        <translation>angehalten, %1 zurückgehalten</translation>
    </message>
    <message>
        <source>(no longer in the log)</source>
        <translation>(nicht mehr im Protokoll)</translation>
    </message>
    <message>
        <source>%1 %2 %3, MID %4 at %5</source>
        <translation>%2 %3 %1, MID %4 um %5</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>malformed datagram at %1</source>
        <translation>fehlerhaftes Datagramm um %1</translation>
    </message>
    <message>
        <source>(held back while paused)</source>
        <translation>(während der Pause zurückgehalten)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>to</source>
        <translation>an</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>%1 · engine clock %2 ms · %3</source>
        <translation>%1 · Engine-Uhr %2 ms · %3</translation>
    </message>
    <message>
        <source>Malformed.</source>
        <translation>Fehlerhaft.</translation>
    </message>
    <message>
        <source>%1 Found at byte %2.</source>
        <translation>%1 Stelle: Byte %2.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>No options</source>
        <translation>Keine Optionen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>No payload</source>
        <translation>Keine Nutzdaten</translation>
    </message>
    <message>
        <source>Content-Format %1</source>
        <translation>Content-Format %1</translation>
    </message>
    <message>
        <source>Not UTF-8 text; see the hex dump.</source>
        <translation>Kein UTF-8-Text; siehe Hex-Dump.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>%1 (since the first transmission)</source>
        <translation>%1 (seit dem ersten Senden)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Reset by</source>
        <translation>Reset durch</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Bestätigt durch</translation>
    </message>
    <message>
        <source>Retransmission of</source>
        <translation>Sendewiederholung von</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplikat von</translation>
    </message>
    <message>
        <source>Other repeats</source>
        <translation>Weitere Wiederholungen</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Sendewiederholungen</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Nachrichtenaustausch</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>options %1</source>
        <translation>Optionen %1</translation>
    </message>
    <message>
        <source>payload marker %1</source>
        <translation>Nutzdatenmarkierung %1</translation>
    </message>
    <message>
        <source>payload %1</source>
        <translation>Nutzdaten %1</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>No datagrams yet. Every datagram the app sends or receives shows here: send a request or start a discovery.</source>
        <translation>Noch keine Datagramme. Jedes Datagramm, das die Anwendung sendet oder empfängt, erscheint hier: Senden Sie eine Anfrage oder starten Sie eine Gerätesuche.</translation>
    </message>
    <message>
        <source>Select a datagram to see it decoded and in hex, with its request or response and its retransmissions.</source>
        <translation>Wählen Sie ein Datagramm aus, um es decodiert und als Hex zu sehen, mit seiner Anfrage oder Antwort und seinen Sendewiederholungen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Go to &amp;request</source>
        <translation>Zur &amp;Anfrage</translation>
    </message>
    <message>
        <source>Go to &amp;response</source>
        <translation>Zur A&amp;ntwort</translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation>Als &amp;Hex kopieren</translation>
    </message>
    <message>
        <source>Clear &amp;filter</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Keep the newest datagram in view; stops while a row is selected or the list is scrolled up</source>
        <translation>Das neueste Datagramm bleibt sichtbar; hört auf, sobald eine Zeile ausgewählt oder die Liste nach oben gerollt ist</translation>
    </message>
    <message>
        <source>All rows as &amp;CSV…</source>
        <translation>Alle Zeilen als &amp;CSV…</translation>
    </message>
    <message>
        <source>All rows as &amp;JSON…</source>
        <translation>Alle Zeilen als &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Filtered rows as CSV…</source>
        <translation>&amp;Gefilterte Zeilen als CSV…</translation>
    </message>
    <message>
        <source>Filtered rows as JS&amp;ON…</source>
        <translation>Gefilterte Zeilen als JS&amp;ON…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a device in the log&apos;s device filter: %1 its name, %2 its address</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Export filtered rows</source>
        <translation>Gefilterte Zeilen exportieren</translation>
    </message>
    <message>
        <source>Export all rows</source>
        <translation>Alle Zeilen exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Show only &amp;this device</source>
        <translation>Nur &amp;dieses Gerät zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Zeilen kopieren</translation>
    </message>
    <message>
        <source>All rows as &amp;pcapng (Wireshark)…</source>
        <translation>Alle Zeilen als &amp;pcapng (Wireshark)…</translation>
    </message>
    <message>
        <source>Filtered rows as pc&amp;apng (Wireshark)…</source>
        <translation>Gefilterte Zeilen als pc&amp;apng (Wireshark)…</translation>
    </message>
    <message>
        <source>Wireshark captures (*.pcapng)</source>
        <translation>Wireshark-Mitschnitte (*.pcapng)</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>Kopieren &amp;als</translation>
    </message>
    <message>
        <source>Chart this res&amp;ource</source>
        <translation>Diese Ressource als Diagramm &amp;zeigen</translation>
    </message>
    <message>
        <source>Save the log as CSV, JSON or pcapng (Wireshark)</source>
        <translation>Das Protokoll als CSV, JSON oder pcapng (Wireshark) speichern</translation>
    </message>
</context>
<context>
    <name>ObservationHub</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: telling the device…</source>
        <translation>wird beendet: das Gerät wird benachrichtigt…</translation>
    </message>
    <message>
        <source>waiting for the first notification…</source>
        <translation>wartet auf die erste Benachrichtigung…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the time of day of the last notification, %2 the start of its payload</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Last notification</source>
        <translation>Letzte Benachrichtigung</translation>
    </message>
</context>
<context>
    <name>ObservationsPanel</name>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Stop observing</source>
        <translation>Beobachtung beenden</translation>
    </message>
    <message>
        <source>End the selected observations; the devices are told (Delete)</source>
        <translation>Die ausgewählten Beobachtungen beenden; die Geräte werden benachrichtigt (Entf)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Alle beenden</translation>
    </message>
    <message>
        <source>End every running observation</source>
        <translation>Jede laufende Beobachtung beenden</translation>
    </message>
    <message>
        <source>Nothing is observed. Right-click a resource and choose Observe or Chart.</source>
        <translation>Nichts wird beobachtet. Klicken Sie mit der rechten Maustaste auf eine Ressource und wählen Sie Beobachten oder Diagramm.</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) running</source>
        <translation>
            <numerusform>%n Beobachtung läuft</numerusform>
            <numerusform>%n Beobachtungen laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsItemDelegate</name>
    <message>
        <source>name or number</source>
        <translation>Name oder Nummer</translation>
    </message>
</context>
<context>
    <name>OptionsTableModel</name>
    <message>
        <source>text, or bytes in hex after 0x</source>
        <translation>Text oder Bytes als Hex nach 0x</translation>
    </message>
    <message>
        <source>a content format: a number or a media type such as application/json</source>
        <translation>ein Content-Format: eine Zahl oder ein Medientyp wie application/json</translation>
    </message>
    <message>
        <source>NUM/MORE/SIZE, e.g. 0/0/64</source>
        <translation>NUM/MORE/SIZE, z. B. 0/0/64</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>a number from 0 to %1</source>
        <translation>eine Zahl von 0 bis %1</translation>
    </message>
    <message numerus="yes">
        <source>text of %n byte</source>
        <translation>
            <numerusform>Text mit %n Byte</numerusform>
            <numerusform>Text mit %n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of %n bytes</source>
        <translation>
            <numerusform>Text mit %n Byte</numerusform>
            <numerusform>Text mit %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>text of %1 to %2 bytes</source>
        <translation>Text mit %1 bis %2 Bytes</translation>
    </message>
    <message numerus="yes">
        <source>%n byte in hex, e.g. 0a</source>
        <translation>
            <numerusform>%n Byte als Hex, z. B. 0a</numerusform>
            <numerusform>%n Bytes als Hex, z. B. 0a1b</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes in hex, e.g. 0a1b</source>
        <translation>
            <numerusform>%n Byte als Hex, z. B. 0a</numerusform>
            <numerusform>%n Bytes als Hex, z. B. 0a1b</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 bytes in hex, e.g. 0a1b2c</source>
        <translation>%1 bis %2 Bytes als Hex, z. B. 0a1b2c</translation>
    </message>
    <message>
        <source>Option %1: after 0x write bytes in hex, two digits each.</source>
        <translation>Option %1: Nach 0x Bytes als Hex schreiben, je zwei Ziffern.</translation>
    </message>
    <message>
        <source>%1 takes no value; leave the cell empty.</source>
        <translation>%1 hat keinen Wert; lassen Sie die Zelle leer.</translation>
    </message>
    <message>
        <source>%1 takes a content format: a number 0 to 65535 or a media type such as application/json.</source>
        <translation>%1 erwartet ein Content-Format: eine Zahl von 0 bis 65535 oder einen Medientyp wie application/json.</translation>
    </message>
    <message>
        <source>%1 is written NUM/MORE/SIZE: a block number below 1048576, 0 or 1, and a size of 16, 32, 64, 128, 256, 512 or 1024, e.g. 0/0/64.</source>
        <translation>%1 wird als NUM/MORE/SIZE geschrieben: eine Blocknummer unter 1048576, 0 oder 1 und eine Größe von 16, 32, 64, 128, 256, 512 oder 1024, z. B. 0/0/64.</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 0 to %2.</source>
        <translation>%1 erwartet eine ganze Zahl von 0 bis %2.</translation>
    </message>
    <message>
        <source>%1 takes text of %2 to %3 bytes; this is %4.</source>
        <translation>%1 erwartet Text mit %2 bis %3 Bytes; eingegeben sind %4.</translation>
    </message>
    <message>
        <source>%1 takes bytes written in hex, two digits per byte, e.g. 0a1b2c.</source>
        <translation>%1 erwartet Bytes als Hex, zwei Ziffern pro Byte, z. B. 0a1b2c.</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 bytes; this is %4.</source>
        <translation>%1 erwartet %2 bis %3 Bytes; eingegeben sind %4.</translation>
    </message>
    <message>
        <source>Choose an option for this value: type a name such as Uri-Query, or a number.</source>
        <translation>Wählen Sie eine Option für diesen Wert: Geben Sie einen Namen wie Uri-Query oder eine Nummer ein.</translation>
    </message>
    <message>
        <source>“%1” is not a registered option; type a name such as Uri-Query, or its number (0 to 65535).</source>
        <translation>„%1“ ist keine registrierte Option; geben Sie einen Namen wie Uri-Query oder ihre Nummer (0 bis 65535) ein.</translation>
    </message>
    <message>
        <source>%1 may appear only once; it is already in row %2.</source>
        <translation>%1 darf nur einmal vorkommen; sie steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <source>Option row %1: %2</source>
        <translation>Optionszeile %1: %2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>elective</source>
        <translation>elektiv</translation>
    </message>
    <message>
        <source>unsafe to forward</source>
        <translation>nicht sicher weiterleitbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (option %2): %3</source>
        <translation>%1 (Option %2): %3</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>PayloadEditor</name>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CBOR (typed as JSON or diagnostic notation)</source>
        <translation>CBOR (als JSON oder Diagnosenotation eingegeben)</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>Hex-Bytes</translation>
    </message>
    <message>
        <source>How the text below is turned into the bytes that are sent</source>
        <translation>Wie der Text unten in die gesendeten Bytes umgewandelt wird</translation>
    </message>
    <message>
        <source>Payload input format</source>
        <translation>Eingabeformat der Nutzdaten</translation>
    </message>
    <message>
        <source>Load the payload from a file</source>
        <translation>Die Nutzdaten aus einer Datei laden</translation>
    </message>
    <message>
        <source>(no Content-Format)</source>
        <translation>(kein Content-Format)</translation>
    </message>
    <message>
        <source>The Content-Format option sent with the payload</source>
        <translation>Die mit den Nutzdaten gesendete Option Content-Format</translation>
    </message>
    <message>
        <source>Payload for POST, PUT, FETCH, PATCH and iPATCH</source>
        <translation>Nutzdaten für POST, PUT, FETCH, PATCH und iPATCH</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>Nut&amp;zdaten:</translation>
    </message>
    <message>
        <source>Co&amp;ntent-Format:</source>
        <translation>Content-Fo&amp;rmat:</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Load payload</source>
        <translation>Nutzdaten laden</translation>
    </message>
    <message>
        <source>All files (*);;JSON (*.json);;CBOR (*.cbor);;Text (*.txt)</source>
        <translation>Alle Dateien (*);;JSON (*.json);;CBOR (*.cbor);;Text (*.txt)</translation>
    </message>
    <message>
        <source>The Content-Format “%1” is not a registered media type or a number 0 to 65535.</source>
        <translation>Das Content-Format „%1“ ist weder ein registrierter Medientyp noch eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>Valid JSON, %1.</source>
        <translation>Gültiges JSON, %1.</translation>
    </message>
    <message>
        <source>Valid, %1 of CBOR: %2</source>
        <translation>Gültig, %1 CBOR: %2</translation>
    </message>
</context>
<context>
    <name>PayloadRender</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message numerus="yes">
        <source>{%n member}</source>
        <translation>
            <numerusform>{%n Element}</numerusform>
            <numerusform>{%n Elemente}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n members}</source>
        <translation>
            <numerusform>{%n Element}</numerusform>
            <numerusform>{%n Elemente}</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message numerus="yes">
        <source>[%n element]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n elements]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Map</translation>
    </message>
    <message numerus="yes">
        <source>{%n pair}</source>
        <translation>
            <numerusform>{%n Paar}</numerusform>
            <numerusform>{%n Paare}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n pairs}</source>
        <translation>
            <numerusform>{%n Paar}</numerusform>
            <numerusform>{%n Paare}</numerusform>
        </translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>bytes (%1)</source>
        <translation>Bytes (%1)</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>float</source>
        <translation>Gleitkommazahl</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefined</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>simple</translation>
    </message>
    <message>
        <source>(sum %1)</source>
        <translation>(Summe %1)</translation>
    </message>
    <message>
        <source>Hex needs two digits per byte; the last byte has only one.</source>
        <translation>Hex braucht zwei Ziffern pro Byte; das letzte Byte hat nur eine.</translation>
    </message>
    <message>
        <source>“%1” at %2 is not a hex digit.</source>
        <translation>„%1“ an Position %2 ist keine Hexadezimalziffer.</translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>&amp;Add option</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Request method (Alt+M)</source>
        <translation>Anfragemethode (Alt+M)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The resource to request, e.g. coap://192.168.1.20/sensors/temp (Ctrl+L)</source>
        <translation>Die anzufragende Ressource, z. B. coap://192.168.1.20/sensors/temp (Strg+L)</translation>
    </message>
    <message>
        <source>coap://192.168.1.20/sensors/temp</source>
        <translation>coap://192.168.1.20/sensors/temp</translation>
    </message>
    <message>
        <source>CON (confirmable)</source>
        <translation>CON (bestätigbar)</translation>
    </message>
    <message>
        <source>NON (non-confirmable)</source>
        <translation>NON (nicht bestätigbar)</translation>
    </message>
    <message>
        <source>CON is retransmitted until the device acknowledges it; NON is sent once</source>
        <translation>CON wird wiederholt, bis das Gerät bestätigt; NON wird einmal gesendet</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>Accept: the content format you want the answer in</source>
        <translation>Accept: das Content-Format, in dem Sie die Antwort wünschen</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Largest block for block-wise transfers (RFC 7959)</source>
        <translation>Größter Block für blockweise Übertragungen (RFC 7959)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Acce&amp;pt:</source>
        <translation>Acce&amp;pt:</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>Bloc&amp;kgröße:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>Request options</source>
        <translation>Anfrageoptionen</translation>
    </message>
    <message>
        <source>Extra options; the URI already gives Uri-Host, Uri-Port, Uri-Path and Uri-Query</source>
        <translation>Zusätzliche Optionen; Uri-Host, Uri-Port, Uri-Path und Uri-Query ergeben sich bereits aus dem URI</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <source>Add a row: type an option name such as ETag, or its number</source>
        <translation>Eine Zeile hinzufügen: einen Optionsnamen wie ETag oder seine Nummer eingeben</translation>
    </message>
    <message>
        <source>Remove the selected option rows</source>
        <translation>Die ausgewählten Optionszeilen entfernen</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI: %1</translation>
    </message>
    <message>
        <source>%1 requests carry no payload; choose PUT, POST, FETCH, PATCH or iPATCH to send it.</source>
        <translation>%1-Anfragen enthalten keine Nutzdaten; wählen Sie PUT, POST, FETCH, PATCH oder iPATCH, um sie zu senden.</translation>
    </message>
    <message>
        <source>Requests to this device go through a forward proxy (Settings, or the device&apos;s context menu in the tree)</source>
        <translation>Anfragen an dieses Gerät gehen über einen Weiterleitungsproxy (Einstellungen oder das Kontextmenü des Geräts in der Baumansicht)</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>&amp;Save payload…</source>
        <translation>Nutzdaten &amp;speichern…</translation>
    </message>
    <message>
        <source>Send a request with Ctrl+Return to see the answer here.</source>
        <translation>Senden Sie eine Anfrage mit Strg+Eingabe, um hier die Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Save the payload bytes to a file (Ctrl+S)</source>
        <translation>Die Nutzdaten-Bytes in einer Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Response options</source>
        <translation>Antwortoptionen</translation>
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
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Content formats</source>
        <translation>Content-Formate</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Beobachtbar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation>Weitere Attribute</translation>
    </message>
    <message>
        <source>Double-click a link (or press Enter) to open its URI in the request</source>
        <translation>Doppelklick auf einen Link (oder Eingabetaste) übernimmt seinen URI in die Anfrage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;CBOR</source>
        <translation>&amp;CBOR</translation>
    </message>
    <message>
        <source>L&amp;ink</source>
        <translation>L&amp;ink</translation>
    </message>
    <message>
        <source>SenML</source>
        <translation>SenML</translation>
    </message>
    <message>
        <source>Ima&amp;ge</source>
        <translation>B&amp;ild</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Unregistered code</source>
        <translation>Nicht registrierter Code</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>MID %1</source>
        <translation>MID %1</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retransmission</source>
        <translation>
            <numerusform>%n Sendewiederholung</numerusform>
            <numerusform>%n Sendewiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmissions</source>
        <translation>
            <numerusform>%n Sendewiederholung</numerusform>
            <numerusform>%n Sendewiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>· notification %1 (Observe %2)</source>
        <translation>· Benachrichtigung %1 (Observe %2)</translation>
    </message>
    <message>
        <source>· notification %1</source>
        <translation>· Benachrichtigung %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doppelklick öffnet %1</translation>
    </message>
    <message>
        <source>The image data could not be decoded as %1.</source>
        <translation>Die Bilddaten konnten nicht als %1 decodiert werden.</translation>
    </message>
    <message>
        <source>The payload is declared as %1 but does not parse; it is shown as text and hex. %2</source>
        <translation>Die Nutzdaten sind als %1 deklariert, lassen sich aber nicht einlesen; sie werden als Text und Hex angezeigt. %2</translation>
    </message>
    <message>
        <source>The payload is declared as text but is not valid UTF-8; see the Hex tab.</source>
        <translation>Die Nutzdaten sind als Text deklariert, sind aber kein gültiges UTF-8; siehe Reiter „Hex“.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation>Nutzdaten speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for this answer (Esc)</source>
        <translation>Nicht länger auf diese Antwort warten (Esc)</translation>
    </message>
    <message>
        <source>from %1, the proxy for %2</source>
        <extracomment>%1 the forward proxy&apos;s address, %2 the device&apos;s URI it answered for</extracomment>
        <translation>von %1, dem Proxy für %2</translation>
    </message>
</context>
<context>
    <name>SecurityPart</name>
    <message>
        <source>Security &amp;credentials…</source>
        <translation>Zugangs&amp;daten…</translation>
    </message>
    <message>
        <source>&amp;Peer certificate…</source>
        <translation>Zertifikat der &amp;Gegenstelle…</translation>
    </message>
    <message>
        <source>secured: %1</source>
        <translation>gesichert: %1</translation>
    </message>
    <message>
        <source>Peer certificate</source>
        <translation>Zertifikat der Gegenstelle</translation>
    </message>
    <message>
        <source>The secure connection to %1 uses a pre-shared key: the device showed no certificate.</source>
        <translation>Die sichere Verbindung zu %1 verwendet einen vorab vereinbarten Schlüssel (PSK): Das Gerät hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>There is no secure connection to show a certificate for.</source>
        <translation>Es besteht keine sichere Verbindung, deren Zertifikat sich zeigen ließe.</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>The secure connection to %1 failed: the pre-shared key for identity “%2” is wrong. Check the key in Devices ▸ Security credentials.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Der Schlüssel (PSK) für die Identität „%2“ ist falsch. Prüfen Sie ihn unter Geräte ▸ Zugangsdaten.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the device does not know the identity “%2”.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Gerät kennt die Identität „%2“ nicht.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not signed by a trusted authority. You can view the certificate and accept it for this device.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat des Geräts ist von keiner vertrauenswürdigen Stelle unterschrieben. Sie können das Zertifikat ansehen und für dieses Gerät annehmen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate has expired or is not valid yet.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat des Geräts ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not issued for “%2”.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat des Geräts ist nicht für „%2“ ausgestellt.</translation>
    </message>
    <message>
        <source>No secure connection to %1: the device did not complete the DTLS handshake in time. Is it listening for coaps on that port?</source>
        <translation>Keine sichere Verbindung zu %1: Das Gerät hat den DTLS-Handshake nicht rechtzeitig abgeschlossen. Wartet es an diesem Port auf coaps?</translation>
    </message>
    <message>
        <source>The device at %1 ended the secure connection (%2).</source>
        <translation>Das Gerät %1 hat die sichere Verbindung beendet (%2).</translation>
    </message>
    <message>
        <source>No credentials for %1. Add them in Devices ▸ Security credentials.</source>
        <translation>Keine Zugangsdaten für %1. Tragen Sie sie unter Geräte ▸ Zugangsdaten ein.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %3 to %4&lt;br&gt;&lt;b&gt;SHA-256:&lt;/b&gt; &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Inhaber:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Aussteller:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Gültig:&lt;/b&gt; %3 bis %4&lt;br&gt;&lt;b&gt;SHA-256:&lt;/b&gt; &lt;tt&gt;%5&lt;/tt&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Discover &amp;automatically when the window opens</source>
        <translation>Beim Öffnen des &amp;Fensters automatisch suchen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Acknowledgement &amp;timeout (ACK_TIMEOUT):</source>
        <translation>&amp;Zeitüberschreitung für Bestätigung (ACK_TIMEOUT):</translation>
    </message>
    <message>
        <source>&amp;Random factor (ACK_RANDOM_FACTOR):</source>
        <translation>Zufalls&amp;faktor (ACK_RANDOM_FACTOR):</translation>
    </message>
    <message>
        <source>Re&amp;transmissions (MAX_RETRANSMIT):</source>
        <translation>Send&amp;ewiederholungen (MAX_RETRANSMIT):</translation>
    </message>
    <message>
        <source>&amp;Outstanding requests per device (NSTART):</source>
        <translation>&amp;Offene Anfragen pro Gerät (NSTART):</translation>
    </message>
    <message>
        <source>Multicast &amp;leisure (DEFAULT_LEISURE):</source>
        <translation>Multicast-&amp;Wartezeit (DEFAULT_LEISURE):</translation>
    </message>
    <message>
        <source>&amp;Maximum latency (MAX_LATENCY):</source>
        <translation>&amp;Maximale Latenz (MAX_LATENCY):</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>Default &amp;block size:</source>
        <translation>Standard-Bloc&amp;kgröße:</translation>
    </message>
    <message>
        <source>To&amp;ken length:</source>
        <translation>&amp;Token-Länge:</translation>
    </message>
    <message>
        <source>One multicast address per line, e.g. 224.0.1.187 or ff02::fd</source>
        <translation>Eine Multicast-Adresse pro Zeile, z. B. 224.0.1.187 oder ff02::fd</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ask on the checked interfaces only; none checked means all of them</source>
        <translation>Nur über die angehakten Schnittstellen fragen; keine angehakt bedeutet alle</translation>
    </message>
    <message>
        <source>Multicast &amp;groups:</source>
        <translation>Multicast-Gr&amp;uppen:</translation>
    </message>
    <message>
        <source>&amp;Interfaces:</source>
        <translation>&amp;Schnittstellen:</translation>
    </message>
    <message>
        <source>&amp;Listen for answers:</source>
        <translation>Auf Antworten &amp;warten:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Tra&amp;nsmission</source>
        <translation>Ü&amp;bertragung</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Anfragen</translation>
    </message>
    <message>
        <source>&amp;Discovery</source>
        <translation>&amp;Gerätesuche</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>A confirmable request is sent at most %1 times in all and given up after at most %2 (MAX_TRANSMIT_WAIT).</source>
        <translation>Eine bestätigbare Anfrage wird insgesamt höchstens %1-mal gesendet und nach höchstens %2 aufgegeben (MAX_TRANSMIT_WAIT).</translation>
    </message>
    <message>
        <source>“%1” is not a multicast address; use addresses such as 224.0.1.187 or ff02::fd, one per line.</source>
        <translation>„%1“ ist keine Multicast-Adresse; verwenden Sie Adressen wie 224.0.1.187 oder ff02::fd, eine pro Zeile.</translation>
    </message>
    <message>
        <source>The window changes to the new language at once; the message log starts empty.</source>
        <translation>Das Fenster wechselt sofort in die neue Sprache; das Nachrichtenprotokoll beginnt leer.</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Erst fragen</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Resume last run’s observations:</source>
        <translation>Beobachtungen des letzten Laufs &amp;fortsetzen:</translation>
    </message>
    <message>
        <source>Name the device with Proxy-&amp;Scheme and Uri-* options instead of Proxy-Uri</source>
        <translation>Gerät mit Proxy-&amp;Scheme und Uri-*-Optionen statt Proxy-Uri angeben</translation>
    </message>
    <message>
        <source>coap://host:port (empty: send directly)</source>
        <translation>coap://host:port (leer: direkt senden)</translation>
    </message>
    <message>
        <source>Send every request to this CoAP forward proxy, which passes it on to the device. A device can have a proxy of its own: right-click it in the tree.</source>
        <translation>Jede Anfrage an diesen CoAP-Weiterleitungsproxy senden, der sie an das Gerät weitergibt. Ein Gerät kann einen eigenen Proxy haben: Rechtsklick darauf in der Baumansicht.</translation>
    </message>
    <message>
        <source>Forward &amp;proxy:</source>
        <translation>Weiterleitungs-&amp;Proxy:</translation>
    </message>
    <message>
        <source>When the exchange of one block of a block-wise transfer gets no answer after its retransmissions, try that block again in a new exchange, this many times in a row, so that one lost exchange on a lossy link does not end the transfer. 0 ends the transfer at the first lost exchange.</source>
        <translation>Wenn der Austausch eines Blocks einer blockweisen Übertragung nach seinen Sendewiederholungen keine Antwort bekommt, diesen Block so oft hintereinander in einem neuen Austausch erneut versuchen, damit ein verlorener Austausch auf einer verlustbehafteten Verbindung die Übertragung nicht beendet. 0 beendet die Übertragung beim ersten verlorenen Austausch.</translation>
    </message>
    <message>
        <source>Block retr&amp;ies:</source>
        <translation>Block&amp;wiederholungen:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to CoAP Explorer</source>
        <translation>Willkommen bei CoAP Explorer</translation>
    </message>
    <message>
        <source>CoAP Explorer finds the CoAP devices around you, reads and changes their resources, observes them and shows every datagram. Where would you like to start?</source>
        <translation>CoAP Explorer findet die CoAP-Geräte in Ihrer Umgebung, liest und ändert ihre Ressourcen, beobachtet sie und zeigt jedes Datagramm. Womit möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>&amp;Find devices on this network</source>
        <translation>Geräte in diesem Netz &amp;finden</translation>
    </message>
    <message>
        <source>Ask the local network which CoAP devices are there (multicast, RFC 7252 §8). Later: Devices → Discover, or Ctrl+D.</source>
        <translation>Das lokale Netz fragen, welche CoAP-Geräte es gibt (Multicast, RFC 7252 §8). Später: Geräte → Suchen, oder Strg+D.</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>Die Demo &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Start five simulated devices on this computer and discover them: a gateway, a door contact, temperature and humidity sensors and a wristband. Nothing leaves this computer.</source>
        <translation>Fünf simulierte Geräte auf diesem Computer starten und finden: ein Gateway, einen Türkontakt, Temperatur- und Feuchtesensoren und ein Armband. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find, inspect and debug CoAP (RFC 7252) devices.</source>
        <translation>CoAP-Geräte (RFC 7252) finden, untersuchen und Fehler suchen.</translation>
    </message>
    <message>
        <source>Start five simulated devices on this computer and discover them, to try the application without hardware.</source>
        <translation>Fünf simulierte Geräte auf diesem Computer starten und suchen, um die Anwendung ohne Hardware auszuprobieren.</translation>
    </message>
    <message>
        <source>Once the devices are discovered and a resource is read, save a picture of the window to FILE and quit.</source>
        <translation>Sobald die Geräte gefunden und eine Ressource gelesen ist, ein Bild des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Take the screenshot after SECONDS (default 2).</source>
        <translation>Das Bildschirmfoto nach SEKUNDEN aufnehmen (Standard 2).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>With --screenshot: chart three sensors first and show the Charts panel.</source>
        <translation>Mit --screenshot: zuerst drei Sensoren als Diagramm darstellen und den Bereich „Diagramme“ zeigen.</translation>
    </message>
    <message>
        <source>A coap:// URI to put into the request field.</source>
        <translation>Ein coap://-URI für das Anfragefeld.</translation>
    </message>
    <message>
        <source>--after needs a number of seconds, such as 2 or 0.5.</source>
        <translation>--after braucht eine Anzahl Sekunden, z. B. 2 oder 0.5.</translation>
    </message>
    <message>
        <source>Give at most one URI.</source>
        <translation>Geben Sie höchstens einen URI an.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Das Bildschirmfoto konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>CoAP Explorer</source>
        <translation>CoAP Explorer</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 1024x700 (for screenshots).</source>
        <translation>Das Fenster in dieser Größe öffnen, z. B. 1024x700 (für Bildschirmfotos).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>BREITExHÖHE</translation>
    </message>
    <message>
        <source>--size needs a width and a height in pixels, such as 1024x700.</source>
        <translation>--size braucht eine Breite und eine Höhe in Pixeln, etwa 1024x700.</translation>
    </message>
</context>
</TS>
