<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CoAP Explorer</source>
        <translation>À propos de CoAP Explorer</translation>
    </message>
    <message>
        <source>CoAP Explorer %1</source>
        <translation>CoAP Explorer %1</translation>
    </message>
    <message>
        <source>Find, inspect and debug CoAP devices (RFC 7252, RFC 7641, RFC 7959).</source>
        <translation>Trouver, inspecter et déboguer des appareils CoAP (RFC 7252, RFC 7641, RFC 7959).</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>CoAP Explorer is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), as Qt Charts requires. You may use, study, share and change it; it comes with no warranty.</source>
        <translation>CoAP Explorer est un logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later), comme l&apos;exige Qt Charts. Vous pouvez l&apos;utiliser, l&apos;étudier, le partager et le modifier ; il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>The GNU General Public License, version 3</source>
        <translation>La licence publique générale GNU, version 3</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilée avec %2)</translation>
    </message>
    <message>
        <source>CoAP engine (RFC 7252, 7641, 7959), built in</source>
        <translation>Moteur CoAP (RFC 7252, 7641, 7959), intégré</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>%1, %2, window system: %3, compiled with %4</source>
        <translation>%1, %2, système de fenêtres : %3, compilé avec %4</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <source>Copy the versions as plain text, for a bug report</source>
        <translation>Copier les versions en texte brut, pour un rapport de bogue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AddDeviceDialog</name>
    <message>
        <source>Type the device&apos;s IP address or host name, e.g. 192.168.1.20 or [fe80::1%eth0].</source>
        <translation>Saisissez l&apos;adresse IP ou le nom d&apos;hôte de l&apos;appareil, p. ex. 192.168.1.20 ou [fe80::1%eth0].</translation>
    </message>
    <message>
        <source>The “[” of the IPv6 address is not closed; write it as [fe80::1%eth0]:5683.</source>
        <translation>Le « [ » de l&apos;adresse IPv6 n&apos;est pas fermé ; écrivez-la sous la forme [fe80::1%eth0]:5683.</translation>
    </message>
    <message>
        <source>Only “:port” may follow the “]”, e.g. [fe80::1%eth0]:5683.</source>
        <translation>Seul « :port » peut suivre le « ] », p. ex. [fe80::1%eth0]:5683.</translation>
    </message>
    <message>
        <source>“%1” in brackets is not an IPv6 address.</source>
        <translation>« %1 » entre crochets n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>The port “%1” must be a number from 1 to 65535.</source>
        <translation>Le port « %1 » doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <source>%1 is a link-local address: add the interface it is on, e.g. %1%eth0.</source>
        <translation>%1 est une adresse de lien local : ajoutez l&apos;interface sur laquelle elle se trouve, p. ex. %1%eth0.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address: it has four numbers from 0 to 255 separated by dots, e.g. 192.168.1.20.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv4 valide : elle comporte quatre nombres de 0 à 255 séparés par des points, p. ex. 192.168.1.20.</translation>
    </message>
    <message>
        <source>%1 is a group address; Discover asks groups. Type the address of one device.</source>
        <translation>%1 est une adresse de groupe ; Découvrir interroge les groupes. Saisissez l&apos;adresse d&apos;un seul appareil.</translation>
    </message>
    <message>
        <source>“%1” is neither an IP address nor a host name: a host name has only letters, digits, hyphens and dots.</source>
        <translation>« %1 » n&apos;est ni une adresse IP ni un nom d&apos;hôte : un nom d&apos;hôte ne contient que des lettres, des chiffres, des tirets et des points.</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Ajouter un appareil</translation>
    </message>
    <message>
        <source>192.168.1.20, [fe80::1%eth0], boiler.local</source>
        <translation>192.168.1.20, [fe80::1%eth0], chaudiere.local</translation>
    </message>
    <message>
        <source>UDP port of the device; CoAP uses 5683 unless the device says otherwise</source>
        <translation>Port UDP de l&apos;appareil ; CoAP utilise 5683 sauf indication contraire de l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Edit device</source>
        <translation>Modifier l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Ask one device for its resources (GET /.well-known/core). Use this when Discover does not reach it: another subnet, a VPN, or multicast blocked. A device secured with DTLS: coaps:// and its address or host name.</source>
        <translation>Demande à un appareil ses ressources (GET /.well-known/core). À utiliser quand Découvrir ne l&apos;atteint pas : autre sous-réseau, VPN ou multicast bloqué. Un appareil sécurisé par DTLS : coaps:// et son adresse ou son nom d&apos;hôte.</translation>
    </message>
</context>
<context>
    <name>AddedDevicesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Devices added by hand</source>
        <translation>Appareils ajoutés à la main</translation>
    </message>
    <message>
        <source>These devices are asked for their resources by their address at every start, also where discovery does not reach them.</source>
        <translation>Ces appareils sont interrogés sur leurs ressources par leur adresse à chaque démarrage, même là où la découverte ne les atteint pas.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Ask one more device by its address</source>
        <translation>Interroger un autre appareil par son adresse</translation>
    </message>
    <message>
        <source>Change the address or port of the selected device</source>
        <translation>Modifier l&apos;adresse ou le port de l&apos;appareil sélectionné</translation>
    </message>
    <message>
        <source>Stop asking the selected device at start and take it out of the tree (Delete)</source>
        <translation>Ne plus interroger l&apos;appareil sélectionné au démarrage et le retirer de l&apos;arborescence (Suppr)</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB. Cut it down first, for instance with &quot;editcap -c 100000&quot; or a Wireshark display filter and File ▸ Export Specified Packets.</source>
        <translation>%1 dépasse 1 Gio. Réduisez-le d’abord, par exemple avec « editcap -c 100000 » ou un filtre d’affichage de Wireshark et Fichier ▸ Exporter les paquets spécifiés.</translation>
    </message>
    <message>
        <source>%1 is not a capture file. CoAP Explorer opens pcap and pcapng files, as tcpdump -w and Wireshark write them.</source>
        <translation>%1 n’est pas un fichier de capture. CoAP Explorer ouvre les fichiers pcap et pcapng, tels que les écrivent tcpdump -w et Wireshark.</translation>
    </message>
    <message>
        <source>Capture %1 — CoAP Explorer</source>
        <translation>Capture %1 — CoAP Explorer</translation>
    </message>
    <message>
        <source>Capture — CoAP Explorer</source>
        <translation>Capture — CoAP Explorer</translation>
    </message>
    <message numerus="yes">
        <source>%n CoAP datagram(s), read-only: nothing here is sent again.</source>
        <translation>
            <numerusform>%n datagramme CoAP, en lecture seule : rien n’est renvoyé d’ici.</numerusform>
            <numerusform>%n datagrammes CoAP, en lecture seule : rien n’est renvoyé d’ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP fragment(s)</source>
        <translation>
            <numerusform>%n fragment IP</numerusform>
            <numerusform>%n fragments IP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n packet(s): %1.</source>
        <translation>
            <numerusform>%n paquet ignoré : %1.</numerusform>
            <numerusform>%n paquets ignorés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The file ends inside a packet; everything before it is shown.</source>
        <translation>Le fichier se termine au milieu d’un paquet ; tout ce qui précède est affiché.</translation>
    </message>
    <message>
        <source>Right-click a notification to chart the observed values.</source>
        <translation>Cliquez droit sur une notification pour tracer les valeurs observées.</translation>
    </message>
    <message>
        <source>%1 not CoAP</source>
        <translation>%1 non CoAP</translation>
    </message>
    <message>
        <source>%1 cut short</source>
        <translation>%1 tronqués</translation>
    </message>
    <message>
        <source>%1 of an unsupported link type</source>
        <translation>%1 d’un type de liaison non pris en charge</translation>
    </message>
    <message>
        <source>%1 beyond the log&apos;s capacity</source>
        <translation>%1 au-delà de la capacité du journal</translation>
    </message>
    <message>
        <source>Captured from %1 to %2.</source>
        <translation>Capturé du %1 au %2.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificat de %1</translation>
    </message>
    <message>
        <source>This certificate is not signed by an authority you trust. Accept it only if the fingerprint matches the one the device&apos;s owner gave you. It is then trusted for %1 only.</source>
        <translation>Ce certificat n&apos;est signé par aucune autorité de confiance. Ne l&apos;acceptez que si son empreinte correspond à celle que vous a donnée le propriétaire de l&apos;appareil. Il sera alors approuvé pour %1 uniquement.</translation>
    </message>
    <message>
        <source>&amp;Accept for this device</source>
        <translation>&amp;Accepter pour cet appareil</translation>
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
valeur : %1</translation>
    </message>
    <message>
        <source>
%1 samples kept, %2 received, %3 dropped (oldest first)</source>
        <translation>
%1 échantillons conservés, %2 reçus, %3 abandonnés (les plus anciens d&apos;abord)</translation>
    </message>
    <message>
        <source>
Notifications of this resource that carried no value to chart</source>
        <translation>
Notifications de cette ressource sans valeur à tracer</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
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
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Aucune valeur</translation>
    </message>
    <message>
        <source>Device, resource and value name; untick to hide the series</source>
        <translation>Appareil, ressource et nom de la valeur ; décochez pour masquer la série</translation>
    </message>
    <message>
        <source>Over every value received since the series started</source>
        <translation>Sur toutes les valeurs reçues depuis le début de la série</translation>
    </message>
    <message>
        <source>Notifications per second over the last 10 seconds</source>
        <translation>Notifications par seconde sur les 10 dernières secondes</translation>
    </message>
    <message>
        <source>Notifications that carried no value to chart</source>
        <translation>Notifications sans valeur à tracer</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>30 s</source>
        <translation>30 s</translation>
    </message>
    <message>
        <source>Show the last 30 seconds (1)</source>
        <translation>Afficher les 30 dernières secondes (1)</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>Show the last 5 minutes (2)</source>
        <translation>Afficher les 5 dernières minutes (2)</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Show the last hour (3)</source>
        <translation>Afficher la dernière heure (3)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Show everything recorded (4)</source>
        <translation>Afficher tout l&apos;enregistrement (4)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Freeze the charts; values are still recorded (P, or Space on a chart)</source>
        <translation>Fige les graphiques ; les valeurs sont toujours enregistrées (P, ou Espace sur un graphique)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Back to the live window (Home, or double-click a chart)</source>
        <translation>Revenir à la fenêtre en direct (Origine, ou double-clic sur un graphique)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save every recorded sample: series, time (ISO 8601), value, unit</source>
        <translation>Enregistrer tous les échantillons : série, heure (ISO 8601), valeur, unité</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>Enregistrer l&apos;&amp;image…</translation>
    </message>
    <message>
        <source>Save the charts as they are shown, as PNG</source>
        <translation>Enregistrer les graphiques tels qu&apos;affichés, en PNG</translation>
    </message>
    <message>
        <source>No values to chart yet.

Observe a resource and choose “Chart this”: its values appear here within a second.</source>
        <translation>Aucune valeur à tracer pour l&apos;instant.

Observez une ressource et choisissez « Tracer » : ses valeurs apparaissent ici en moins d&apos;une seconde.</translation>
    </message>
    <message>
        <source>Series figures</source>
        <translation>Chiffres des séries</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Graphique de %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Zoomed: %1 – %2</source>
        <translation>Zoom : %1 – %2</translation>
    </message>
    <message>
        <source>Paused at %1, still recording</source>
        <translation>En pause à %1, l&apos;enregistrement continue</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) without a value</source>
        <translation>
            <numerusform>%n notification sans valeur</numerusform>
            <numerusform>%n notifications sans valeur</numerusform>
        </translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>charge utile vide</translation>
    </message>
    <message>
        <source>binary payload</source>
        <translation>charge utile binaire</translation>
    </message>
    <message>
        <source>payload does not parse as its content format</source>
        <translation>la charge utile ne correspond pas à son format de contenu</translation>
    </message>
    <message>
        <source>content format without values</source>
        <translation>format de contenu sans valeurs</translation>
    </message>
    <message>
        <source>no number or state in the payload</source>
        <translation>ni nombre ni état dans la charge utile</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 (last: %5)</source>
        <translation>%1 %2 : %3 sur %4 (dernière : %5)</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Une exportation est encore en cours.</translation>
    </message>
    <message>
        <source>Exporting %1 samples…</source>
        <translation>Exportation de %1 échantillons…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 samples saved to %2</source>
        <translation>%1 échantillons enregistrés dans %2</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Exporter les échantillons</translation>
    </message>
    <message>
        <source>samples-%1.csv</source>
        <translation>echantillons-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Enregistrer l&apos;image du graphique</translation>
    </message>
    <message>
        <source>chart-%1.png</source>
        <translation>graphique-%1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Images PNG (*.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Image saved to %1</source>
        <translation>Image enregistrée dans %1</translation>
    </message>
    <message>
        <source>Could not save the image to %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;image dans %1</translation>
    </message>
    <message>
        <source>&amp;Remove from chart</source>
        <translation>&amp;Retirer du graphique</translation>
    </message>
    <message>
        <source>Remove the selected series; its observation ends when nothing else uses it (Delete)</source>
        <translation>Retirer la série sélectionnée ; son observation s&apos;arrête quand plus rien ne l&apos;utilise (Suppr)</translation>
    </message>
</context>
<context>
    <name>CopyAsCommand</name>
    <message>
        <source>the option %1 is left out: this tool cannot send it</source>
        <translation>l’option %1 est omise : cet outil ne peut pas l’envoyer</translation>
    </message>
    <message>
        <source>sent confirmable (CON): the gateway does not send NON requests</source>
        <translation>envoyé en confirmable (CON) : la passerelle n’envoie pas de requêtes NON</translation>
    </message>
    <message>
        <source>the block size is left to the gateway</source>
        <translation>la taille de bloc est laissée à la passerelle</translation>
    </message>
    <message>
        <source>the payload is binary: printf writes its bytes into the command</source>
        <translation>la charge utile est binaire : printf écrit ses octets dans la commande</translation>
    </message>
    <message>
        <source>set the pre-shared key first: export COAP_EXPLORER_PSK=&apos;…&apos;</source>
        <translation>définissez d’abord la clé pré-partagée : export COAP_EXPLORER_PSK=&apos;…&apos;</translation>
    </message>
    <message>
        <source>coaps: add this tool&apos;s own credential options (certificate or key)</source>
        <translation>coaps : ajoutez les options d’identification propres à cet outil (certificat ou clé)</translation>
    </message>
    <message>
        <source>&amp;coap-client command (libcoap)</source>
        <translation>Commande &amp;coap-client (libcoap)</translation>
    </message>
    <message>
        <source>&amp;aiocoap-client command</source>
        <translation>Commande &amp;aiocoap-client</translation>
    </message>
    <message>
        <source>coap-&amp;explorer-cli command</source>
        <translation>Commande coap-&amp;explorer-cli</translation>
    </message>
    <message>
        <source>c&amp;url command through the HTTP gateway</source>
        <translation>Commande c&amp;url par la passerelle HTTP</translation>
    </message>
    <message>
        <source>the retransmission settings (ACK_TIMEOUT, MAX_RETRANSMIT, block retries) are left out: this tool uses its own</source>
        <translation>les réglages de retransmission (ACK_TIMEOUT, MAX_RETRANSMIT, nouvelles tentatives par bloc) sont omis : cet outil utilise les siens</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Security credentials</source>
        <translation>Identifiants de sécurité</translation>
    </message>
    <message>
        <source>192.0.2.5, 192.0.2.5:5684, *.plant.example</source>
        <translation>192.0.2.5, 192.0.2.5:5684, *.plant.example</translation>
    </message>
    <message>
        <source>Device or &amp;pattern:</source>
        <translation>Appareil ou &amp;motif :</translation>
    </message>
    <message>
        <source>PSK &amp;identity:</source>
        <translation>&amp;Identité PSK :</translation>
    </message>
    <message>
        <source>text or 0x… hex; empty keeps the stored key</source>
        <translation>texte ou hex 0x… ; vide garde la clé enregistrée</translation>
    </message>
    <message>
        <source>Pre-shared &amp;key:</source>
        <translation>&amp;Clé pré-partagée :</translation>
    </message>
    <message>
        <source>the system&apos;s authorities</source>
        <translation>les autorités du système</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Certificats d&apos;autorité (CA)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Trusted &amp;CAs:</source>
        <translation>CA de con&amp;fiance :</translation>
    </message>
    <message>
        <source>&amp;Verify the device&apos;s certificate</source>
        <translation>&amp;Vérifier le certificat de l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>enregistrée ; saisir pour la remplacer</translation>
    </message>
    <message>
        <source>text or 0x… hex</source>
        <translation>texte ou hex 0x…</translation>
    </message>
    <message>
        <source>Name the device (an address, address:port or a pattern with *).</source>
        <translation>Indiquez l&apos;appareil (une adresse, adresse:port ou un motif avec *).</translation>
    </message>
    <message>
        <source>The key after 0x must be hex digits, two per byte.</source>
        <translation>Après 0x, la clé doit être en chiffres hexadécimaux, deux par octet.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate.</source>
        <translation>« %1 » ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>A PSK identity needs its key.</source>
        <translation>Une identité PSK demande sa clé.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain.</source>
        <translation>Les clés sont conservées dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain service is running: keys are kept for this session only and must be entered again after a restart. They are never written to the settings file.</source>
        <translation>Aucun service de trousseau n&apos;est actif : les clés ne sont gardées que pour cette session et devront être saisies à nouveau après un redémarrage. Elles ne sont jamais écrites dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Recherche du trousseau du système…</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>Ask the local network which CoAP devices are there: GET /.well-known/core to the groups checked below (Ctrl+D)</source>
        <translation>Demande au réseau local quels appareils CoAP sont présents : GET /.well-known/core vers les groupes cochés ci-dessous (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation>Ajouter un appareil…</translation>
    </message>
    <message>
        <source>Ask one device by its address, when discovery does not reach it</source>
        <translation>Interroger un appareil par son adresse, quand la découverte ne l&apos;atteint pas</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>What Discover asks (groups, interface, query) and how long it listens</source>
        <translation>Ce que Découvrir demande (groupes, interface, requête) et combien de temps il écoute</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groupes :</translation>
    </message>
    <message>
        <source>All-CoAP-Nodes multicast groups (RFC 7252 §12.8): 224.0.1.187 (IPv4), ff02::fd (this link), ff05::fd (this site)</source>
        <translation>Groupes multicast All-CoAP-Nodes (RFC 7252 §12.8) : 224.0.1.187 (IPv4), ff02::fd (ce lien), ff05::fd (ce site)</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Interface :</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>&amp;Attendre :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long answers are collected. Devices may wait up to 5 s before they answer a group (RFC 7252 §8.2).</source>
        <translation>Durée pendant laquelle les réponses sont collectées. Les appareils peuvent attendre jusqu&apos;à 5 s avant de répondre à un groupe (RFC 7252 §8.2).</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>Re&amp;quête :</translation>
    </message>
    <message>
        <source>e.g. rt=temperature</source>
        <translation>p. ex. rt=temperature</translation>
    </message>
    <message>
        <source>Only list matching resources (RFC 6690 §4.1): rt=…, if=…, href=/sensors*, obs</source>
        <translation>Ne lister que les ressources correspondantes (RFC 6690 §4.1) : rt=…, if=…, href=/sensors*, obs</translation>
    </message>
    <message>
        <source>Filter devices and resources (Ctrl+F)</source>
        <translation>Filtrer les appareils et les ressources (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter devices and resources</source>
        <translation>Filtrer les appareils et les ressources</translation>
    </message>
    <message>
        <source>Devices and their resources</source>
        <translation>Appareils et leurs ressources</translation>
    </message>
    <message>
        <source>Interface to discover on</source>
        <translation>Interface sur laquelle découvrir</translation>
    </message>
    <message>
        <source>Multicast groups to ask</source>
        <translation>Groupes multicast à interroger</translation>
    </message>
    <message>
        <source>Matches names, paths, titles, types, interfaces, formats and addresses; “obs” finds observable resources</source>
        <translation>Cherche dans les noms, chemins, titres, types, interfaces, formats et adresses ; « obs » trouve les ressources observables</translation>
    </message>
    <message>
        <source>&amp;Get</source>
        <translation>&amp;Lire (GET)</translation>
    </message>
    <message>
        <source>Read the resource now (double-click or Enter does the same)</source>
        <translation>Lire la ressource maintenant (double-clic ou Entrée font de même)</translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation>&amp;Observer</translation>
    </message>
    <message>
        <source>&amp;Copy URI</source>
        <translation>&amp;Copier l&apos;URI</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Signet</translation>
    </message>
    <message>
        <source>Removes it until the device lists it again</source>
        <translation>La retire jusqu&apos;à ce que l&apos;appareil la liste à nouveau</translation>
    </message>
    <message>
        <source>&amp;Refresh resources</source>
        <translation>&amp;Actualiser les ressources</translation>
    </message>
    <message>
        <source>Ask this device again for its resource list</source>
        <translation>Redemander à cet appareil sa liste de ressources</translation>
    </message>
    <message>
        <source>All interfaces (none can send multicast)</source>
        <translation>Toutes les interfaces (aucune ne peut envoyer en multicast)</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Toutes les interfaces</translation>
    </message>
    <message>
        <source>%1 (not usable now)</source>
        <translation>%1 (indisponible pour l&apos;instant)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>toutes les interfaces</translation>
    </message>
    <message>
        <source>nothing checked</source>
        <translation>rien de coché</translation>
    </message>
    <message>
        <source>Asks %1 for %2 s</source>
        <translation>Interroge %1 pendant %2 s</translation>
    </message>
    <message>
        <source>No group is checked, so Discover has nobody to ask. Check a group under the discovery options, or use Add device… to ask a device by its address.</source>
        <translation>Aucun groupe n&apos;est coché, Découvrir n&apos;a donc personne à interroger. Cochez un groupe dans les options de découverte, ou utilisez Ajouter un appareil… pour interroger un appareil par son adresse.</translation>
    </message>
    <message>
        <source>Stop (%1 s)</source>
        <translation>Arrêter (%1 s)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>Stop discovery</source>
        <translation>Arrêter la découverte</translation>
    </message>
    <message>
        <source>Discover devices</source>
        <translation>Découvrir les appareils</translation>
    </message>
    <message>
        <source>Asking %1 for its resources…</source>
        <translation>Demande de ses ressources à %1…</translation>
    </message>
    <message>
        <source>%1 listed its resources.</source>
        <translation>%1 a listé ses ressources.</translation>
    </message>
    <message>
        <source>Watch the resource: every change is shown (RFC 7641)</source>
        <translation>Surveiller la ressource : chaque changement s&apos;affiche (RFC 7641)</translation>
    </message>
    <message>
        <source>The device does not list this resource as observable; it may answer once only</source>
        <translation>L&apos;appareil ne liste pas cette ressource comme observable ; il ne répondra peut-être qu&apos;une fois</translation>
    </message>
    <message>
        <source>No devices yet.

Press Discover (Ctrl+D) to ask the local network, or Add device… to enter an address.</source>
        <translation>Aucun appareil pour l&apos;instant.

Appuyez sur Découvrir (Ctrl+D) pour interroger le réseau local, ou sur Ajouter un appareil… pour saisir une adresse.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc in the filter box to see all devices.</source>
        <translation>Rien ne correspond à « %1 ». Appuyez sur Échap dans le champ de filtre pour voir tous les appareils.</translation>
    </message>
    <message>
        <source>&amp;Filter devices</source>
        <translation>&amp;Filtrer les appareils</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>Plot the resource’s values in the Charts panel; it is observed if it is not yet</source>
        <translation>Tracer les valeurs de la ressource dans le panneau Graphiques ; elle est observée si elle ne l&apos;est pas encore</translation>
    </message>
    <message>
        <source>Copy as coap-client co&amp;mmand</source>
        <translation>Copier comme co&amp;mmande coap-client</translation>
    </message>
    <message>
        <source>Copy as coap-client observe comma&amp;nd</source>
        <translation>Copier comme comma&amp;nde coap-client observe</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>Re&amp;tirer de la liste</translation>
    </message>
    <message>
        <source>&amp;Expand this device</source>
        <translation>&amp;Développer cet appareil</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>Tout dé&amp;velopper</translation>
    </message>
    <message>
        <source>Co&amp;llapse all</source>
        <translation>Tout &amp;réduire</translation>
    </message>
    <message>
        <source>&amp;Sort devices by</source>
        <translation>Trier les appareils &amp;par</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Named devices first, in natural order; the others by address</source>
        <translation>Les appareils nommés d&apos;abord, dans l&apos;ordre naturel ; les autres par adresse</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>IPv4 addresses first, then IPv6, then host names</source>
        <translation>D&apos;abord les adresses IPv4, puis IPv6, puis les noms d&apos;hôte</translation>
    </message>
    <message>
        <source>Answer &amp;order</source>
        <translation>&amp;Ordre des réponses</translation>
    </message>
    <message>
        <source>In the order the devices first answered</source>
        <translation>Dans l&apos;ordre où les appareils ont répondu la première fois</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Trier</translation>
    </message>
    <message>
        <source>How the devices are sorted: by name, by address or in answer order</source>
        <translation>Comment les appareils sont triés : par nom, par adresse ou dans l&apos;ordre des réponses</translation>
    </message>
    <message>
        <source>Sort devices by</source>
        <translation>Trier les appareils par</translation>
    </message>
    <message>
        <source>Devices added by &amp;hand…</source>
        <translation>Appareils ajoutés à la mai&amp;n…</translation>
    </message>
    <message>
        <source>The devices asked by their address at every start: add, edit or remove them</source>
        <translation>Les appareils interrogés par leur adresse à chaque démarrage : les ajouter, modifier ou retirer</translation>
    </message>
    <message>
        <source>Forward &amp;proxy…</source>
        <translation>&amp;Proxy de transfert…</translation>
    </message>
    <message>
        <source>Reach this device through a CoAP forward proxy, or directly</source>
        <translation>Joindre cet appareil par un proxy de transfert CoAP, ou directement</translation>
    </message>
    <message>
        <source>%1 cannot be asked for its resources here: a coaps device is asked over DTLS, by its address.</source>
        <translation>Impossible de demander ici ses ressources à %1 : un appareil coaps est interrogé par DTLS, par son adresse.</translation>
    </message>
    <message>
        <source>%1 could not be asked for its resources.</source>
        <translation>Impossible de demander ses ressources à %1.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Résolution de %1…</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved; check its spelling, or add the device by its address.</source>
        <translation>Le nom d&apos;hôte %1 n&apos;a pas pu être résolu ; vérifiez son orthographe, ou ajoutez l&apos;appareil par son adresse.</translation>
    </message>
</context>
<context>
    <name>DeviceProxyDialog</name>
    <message>
        <source>&amp;Directly, without a proxy</source>
        <translation>&amp;Directement, sans proxy</translation>
    </message>
    <message>
        <source>Through &amp;this proxy:</source>
        <translation>Par ce &amp;proxy :</translation>
    </message>
    <message>
        <source>Forward proxy for %1</source>
        <translation>Proxy de transfert pour %1</translation>
    </message>
    <message>
        <source>As all requests: &amp;directly (no proxy in Settings)</source>
        <translation>Comme toutes les requêtes : &amp;directement (aucun proxy dans les paramètres)</translation>
    </message>
    <message>
        <source>As all requests: through %1 (&amp;Settings)</source>
        <translation>Comme toutes les requêtes : par %1 (&amp;paramètres)</translation>
    </message>
    <message>
        <source>Directly, &amp;without a proxy</source>
        <translation>Directement, &amp;sans proxy</translation>
    </message>
    <message>
        <source>coap://host:port</source>
        <translation>coap://hôte:port</translation>
    </message>
    <message>
        <source>Requests to %1 go:</source>
        <translation>Les requêtes vers %1 passent :</translation>
    </message>
    <message>
        <source>The proxy receives each request and passes it on to the device (RFC 7252 §5.7). Discovery still asks the device directly.</source>
        <translation>Le proxy reçoit chaque requête et la transmet à l’appareil (RFC 7252 §5.7). La découverte interroge toujours l’appareil directement.</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type (rt)</source>
        <translation>Type (rt)</translation>
    </message>
    <message>
        <source>Interface (if)</source>
        <translation>Interface (if)</translation>
    </message>
    <message>
        <source>Formats (ct)</source>
        <translation>Formats (ct)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Observable: the resource can be watched (RFC 7641)</source>
        <translation>Observable : la ressource peut être surveillée (RFC 7641)</translation>
    </message>
    <message>
        <source>Resource type (rt): what the resource is, e.g. temperature</source>
        <translation>Type de ressource (rt) : ce qu&apos;est la ressource, p. ex. temperature</translation>
    </message>
    <message>
        <source>Interface description (if): how to talk to it, e.g. sensor</source>
        <translation>Description d&apos;interface (if) : comment lui parler, p. ex. sensor</translation>
    </message>
    <message>
        <source>Content formats (ct) the device declared for the resource</source>
        <translation>Formats de contenu (ct) que l&apos;appareil a déclarés pour la ressource</translation>
    </message>
    <message>
        <source>Estimated size of the representation (sz)</source>
        <translation>Taille estimée de la représentation (sz)</translation>
    </message>
    <message>
        <source>When the device last answered a discovery</source>
        <translation>Dernière réponse de l&apos;appareil à une découverte</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(empty segment)</source>
        <translation>(segment vide)</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>observable</source>
        <translation>observable</translation>
    </message>
    <message>
        <source>Observable: right-click → Observe to watch it (RFC 7641)</source>
        <translation>Observable : clic droit → Observer pour la surveiller (RFC 7641)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Added by hand; it has not listed its resources.</source>
        <translation>Ajouté à la main ; il n&apos;a pas listé ses ressources.</translation>
    </message>
    <message>
        <source>Known from bookmarks; not seen yet.</source>
        <translation>Connu par les signets ; pas encore vu.</translation>
    </message>
    <message>
        <source>Answered through %1</source>
        <translation>A répondu via %1</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>Vu pour la première fois %1, pour la dernière fois %2</translation>
    </message>
    <message numerus="yes">
        <source>Lists %n resource</source>
        <translation>
            <numerusform>Liste %n ressource</numerusform>
            <numerusform>Liste %n ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lists %n resources</source>
        <translation>
            <numerusform>Liste %n ressource</numerusform>
            <numerusform>Liste %n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>Did not answer the last discovery.</source>
        <translation>N&apos;a pas répondu à la dernière découverte.</translation>
    </message>
    <message>
        <source>Folder: the device lists resources below this path, not the path itself.</source>
        <translation>Dossier : l&apos;appareil liste des ressources sous ce chemin, pas le chemin lui-même.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Interface: %1</source>
        <translation>Interface : %1</translation>
    </message>
    <message>
        <source>Formats: %1</source>
        <translation>Formats : %1</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Dans les signets</translation>
    </message>
    <message>
        <source>Bookmarked; the device does not list it.</source>
        <translation>Dans les signets ; l&apos;appareil ne la liste pas.</translation>
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
        <translation>Aucune interface réseau ne s&apos;appelle « %1 ». Choisissez-en une dans la liste, ou Toutes les interfaces.</translation>
    </message>
    <message>
        <source>%1 is down, not connected or cannot send multicast, so it was not asked. Connect it, or choose another interface.</source>
        <translation>%1 est désactivée, déconnectée ou ne peut pas envoyer en multicast ; elle n&apos;a donc pas été interrogée. Connectez-la ou choisissez une autre interface.</translation>
    </message>
    <message>
        <source>%1 has no %2 address, so %3 cannot be asked through it.</source>
        <translation>%1 n&apos;a pas d&apos;adresse %2 ; %3 ne peut donc pas être interrogé par elle.</translation>
    </message>
    <message>
        <source>Could not open a socket for discovery. %1</source>
        <translation>Impossible d&apos;ouvrir un socket pour la découverte. %1</translation>
    </message>
    <message>
        <source>Could not open a socket on %1 for discovery. %2</source>
        <translation>Impossible d&apos;ouvrir un socket sur %1 pour la découverte. %2</translation>
    </message>
    <message>
        <source>The system has no route to %1 on %2. Is the interface connected to a network?</source>
        <translation>Le système n&apos;a pas de route vers %1 sur %2. L&apos;interface est-elle connectée à un réseau ?</translation>
    </message>
    <message>
        <source>The system has no route to %1. Check the cable, Wi-Fi or VPN.</source>
        <translation>Le système n&apos;a pas de route vers %1. Vérifiez le câble, le Wi-Fi ou le VPN.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent. %2</source>
        <translation>La requête vers %1 n&apos;a pas pu être envoyée. %2</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the spelling, or use the device&apos;s IP address.</source>
        <translation>Le nom d&apos;hôte « %1 » n&apos;a pas pu être résolu. Vérifiez l&apos;orthographe, ou utilisez l&apos;adresse IP de l&apos;appareil.</translation>
    </message>
    <message>
        <source>%1 did not answer GET %2 in time. Is the device on this link and powered? It stays in the list, so you can still send it requests.</source>
        <translation>%1 n&apos;a pas répondu à GET %2 à temps. L&apos;appareil est-il sur ce lien et sous tension ? Il reste dans la liste, vous pouvez donc toujours lui envoyer des requêtes.</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 a répondu : %2</translation>
    </message>
    <message>
        <source>The resource list of %1 is incomplete: only its first block arrived. %2</source>
        <translation>La liste de ressources de %1 est incomplète : seul son premier bloc est arrivé. %2</translation>
    </message>
    <message>
        <source>Discovery failed (%1).</source>
        <translation>La découverte a échoué (%1).</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No multicast-capable interface: no network interface of this computer is up, connected and able to send multicast, so no group could be asked. Use Add device… to ask a device by its address.</source>
        <translation>Aucune interface multicast : aucune interface réseau de cet ordinateur n&apos;est active, connectée et capable d&apos;envoyer en multicast ; aucun groupe n&apos;a donc pu être interrogé. Utilisez Ajouter un appareil… pour interroger un appareil par son adresse.</translation>
    </message>
    <message>
        <source>No multicast-capable interface: %1 is not up, connected and able to send multicast, so no group could be asked. Choose another interface, or use Add device… to ask a device by its address.</source>
        <translation>Aucune interface multicast : %1 n&apos;est pas active, connectée et capable d&apos;envoyer en multicast ; aucun groupe n&apos;a donc pu être interrogé. Choisissez une autre interface, ou utilisez Ajouter un appareil… pour interroger un appareil par son adresse.</translation>
    </message>
    <message>
        <source>No devices answered: asked %1 for %2. Add a device by its address with Add device…, e.g. 192.168.1.20.</source>
        <translation>Aucun appareil n&apos;a répondu : %1 interrogé pendant %2. Ajoutez un appareil par son adresse avec Ajouter un appareil…, p. ex. 192.168.1.20.</translation>
    </message>
    <message numerus="yes">
        <source>%n device answered before the discovery was stopped (%1).</source>
        <translation>
            <numerusform>%n appareil a répondu avant l&apos;arrêt de la découverte (%1).</numerusform>
            <numerusform>%n appareils ont répondu avant l&apos;arrêt de la découverte (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices answered before the discovery was stopped (%1).</source>
        <translation>
            <numerusform>%n appareil a répondu avant l&apos;arrêt de la découverte (%1).</numerusform>
            <numerusform>%n appareils ont répondu avant l&apos;arrêt de la découverte (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device answered within %1.</source>
        <translation>
            <numerusform>%n appareil a répondu en %1.</numerusform>
            <numerusform>%n appareils ont répondu en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices answered within %1.</source>
        <translation>
            <numerusform>%n appareil a répondu en %1.</numerusform>
            <numerusform>%n appareils ont répondu en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for answers: %1 s left · %n device so far</source>
        <translation>
            <numerusform>À l&apos;écoute des réponses : encore %1 s · %n appareil jusqu&apos;ici</numerusform>
            <numerusform>À l&apos;écoute des réponses : encore %1 s · %n appareils jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for answers: %1 s left · %n devices so far</source>
        <translation>
            <numerusform>À l&apos;écoute des réponses : encore %1 s · %n appareil jusqu&apos;ici</numerusform>
            <numerusform>À l&apos;écoute des réponses : encore %1 s · %n appareils jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entry of its resource list left out: %1</source>
        <translation>
            <numerusform>%n entrée défectueuse de sa liste de ressources ignorée : %1</numerusform>
            <numerusform>%n entrées défectueuses de sa liste de ressources ignorées : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entries of its resource list left out: %1</source>
        <translation>
            <numerusform>%n entrée défectueuse de sa liste de ressources ignorée : %1</numerusform>
            <numerusform>%n entrées défectueuses de sa liste de ressources ignorées : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Its resource list is incomplete: %1</source>
        <translation>Sa liste de ressources est incomplète : %1</translation>
    </message>
    <message>
        <source>The rest of its resource list is still being fetched.</source>
        <translation>Le reste de sa liste de ressources est encore en cours de récupération.</translation>
    </message>
    <message>
        <source>Listed with a filter query: it may have more resources.</source>
        <translation>Listé avec une requête de filtre : il peut avoir d&apos;autres ressources.</translation>
    </message>
    <message>
        <source>No devices answered: asked %1, stopped after %2. Add a device by its address with Add device…, e.g. 192.168.1.20.</source>
        <translation>Aucun appareil n&apos;a répondu : %1 interrogé, arrêt après %2. Ajoutez un appareil par son adresse avec Ajouter un appareil…, p. ex. 192.168.1.20.</translation>
    </message>
    <message>
        <source>No devices answered: nothing could be asked. Choose a group or an interface, or use Add device… to ask a device by its address.</source>
        <translation>Aucun appareil n&apos;a répondu : personne n&apos;a pu être interrogé. Choisissez un groupe ou une interface, ou utilisez Ajouter un appareil… pour interroger un appareil par son adresse.</translation>
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
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>l&apos;appareil</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the spelling, or use the device&apos;s IP address.</source>
        <translation>Le nom d&apos;hôte « %1 » n&apos;a pas pu être résolu. Vérifiez l&apos;orthographe, ou utilisez l&apos;adresse IP de l&apos;appareil.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the system refused it. Check that this computer has a route to the device (cable, Wi-Fi, VPN, interface up).</source>
        <translation>La requête vers %1 n&apos;a pas pu être envoyée : le système l&apos;a refusée. Vérifiez que cet ordinateur a une route vers l&apos;appareil (câble, Wi-Fi, VPN, interface active).</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmission. Is the device on this link and powered?</source>
        <translation>
            <numerusform>Pas de réponse de %1 après %n retransmission. L&apos;appareil est-il sur ce lien et sous tension ?</numerusform>
            <numerusform>Pas de réponse de %1 après %n retransmissions. L&apos;appareil est-il sur ce lien et sous tension ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmissions. Is the device on this link and powered?</source>
        <translation>
            <numerusform>Pas de réponse de %1 après %n retransmission. L&apos;appareil est-il sur ce lien et sous tension ?</numerusform>
            <numerusform>Pas de réponse de %1 après %n retransmissions. L&apos;appareil est-il sur ce lien et sous tension ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmission (%2). Is the device on this link and powered?</source>
        <translation>
            <numerusform>Pas de réponse de %1 après %n retransmission (%2). L&apos;appareil est-il sur ce lien et sous tension ?</numerusform>
            <numerusform>Pas de réponse de %1 après %n retransmissions (%2). L&apos;appareil est-il sur ce lien et sous tension ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmissions (%2). Is the device on this link and powered?</source>
        <translation>
            <numerusform>Pas de réponse de %1 après %n retransmission (%2). L&apos;appareil est-il sur ce lien et sous tension ?</numerusform>
            <numerusform>Pas de réponse de %1 après %n retransmissions (%2). L&apos;appareil est-il sur ce lien et sous tension ?</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from %1 within %2. The request was non-confirmable, so it was sent only once; try CON, and check that the device is on this link and powered.</source>
        <translation>Pas de réponse de %1 en %2. La requête était non confirmable (NON) et n&apos;a donc été envoyée qu&apos;une fois ; essayez CON, et vérifiez que l&apos;appareil est sur ce lien et sous tension.</translation>
    </message>
    <message>
        <source>the response timeout</source>
        <translation>le délai de réponse</translation>
    </message>
    <message>
        <source>%1 acknowledged the request but sent no response within %2. The device may be busy; try again.</source>
        <translation>%1 a accusé réception de la requête mais n&apos;a envoyé aucune réponse en %2. L&apos;appareil est peut-être occupé ; réessayez.</translation>
    </message>
    <message>
        <source>%1 answered with Reset (RST): it got the message but refuses to process it, for example because it restarted or does not understand the request.</source>
        <translation>%1 a répondu par Reset (RST) : il a reçu le message mais refuse de le traiter, par exemple parce qu&apos;il a redémarré ou ne comprend pas la requête.</translation>
    </message>
    <message>
        <source>The answer from %1 broke the CoAP rules (for example an unknown critical option) and was rejected.</source>
        <translation>La réponse de %1 enfreignait les règles de CoAP (par exemple une option critique inconnue) et a été rejetée.</translation>
    </message>
    <message>
        <source>The block-wise transfer with %1 could not be completed: the device sent an unexpected block. Try a smaller block size, or repeat the request.</source>
        <translation>Le transfert Block-wise avec %1 n&apos;a pas pu aboutir : l&apos;appareil a envoyé un bloc inattendu. Essayez une taille de bloc plus petite, ou répétez la requête.</translation>
    </message>
    <message>
        <source>The resource %1 changed repeatedly while it was transferred in blocks. Repeat the request.</source>
        <translation>La ressource %1 a changé plusieurs fois pendant son transfert par blocs. Répétez la requête.</translation>
    </message>
    <message>
        <source>The request cannot be encoded: the token or an option value is too long. Check the options table.</source>
        <translation>La requête ne peut pas être encodée : le token ou la valeur d&apos;une option est trop long. Vérifiez le tableau des options.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The exchange with %1 failed.</source>
        <translation>L&apos;échange avec %1 a échoué.</translation>
    </message>
    <message>
        <source>The datagram is shorter than the 4-byte CoAP header.</source>
        <translation>Le datagramme est plus court que l&apos;en-tête CoAP de 4 octets.</translation>
    </message>
    <message>
        <source>The datagram is not CoAP version 1.</source>
        <translation>Le datagramme n&apos;est pas en CoAP version 1.</translation>
    </message>
    <message>
        <source>The token length is 9 to 15, which CoAP reserves.</source>
        <translation>La longueur du token est de 9 à 15, valeurs que CoAP réserve.</translation>
    </message>
    <message>
        <source>The datagram ends inside the token.</source>
        <translation>Le datagramme se termine à l&apos;intérieur du token.</translation>
    </message>
    <message>
        <source>The code uses a reserved class (1, 6 or 7).</source>
        <translation>Le code utilise une classe réservée (1, 6 ou 7).</translation>
    </message>
    <message>
        <source>An empty message (code 0.00) carries a token, options or a payload.</source>
        <translation>Un message vide (code 0.00) porte un token, des options ou une charge utile.</translation>
    </message>
    <message>
        <source>An option uses the reserved delta 15.</source>
        <translation>Une option utilise le delta réservé 15.</translation>
    </message>
    <message>
        <source>An option uses the reserved length 15.</source>
        <translation>Une option utilise la longueur réservée 15.</translation>
    </message>
    <message>
        <source>The datagram ends inside an option.</source>
        <translation>Le datagramme se termine à l&apos;intérieur d&apos;une option.</translation>
    </message>
    <message>
        <source>An option number is above 65535.</source>
        <translation>Un numéro d&apos;option dépasse 65535.</translation>
    </message>
    <message>
        <source>The payload marker is followed by nothing.</source>
        <translation>Le marqueur de charge utile n&apos;est suivi de rien.</translation>
    </message>
    <message>
        <source>The datagram is not a valid CoAP message.</source>
        <translation>Le datagramme n&apos;est pas un message CoAP valide.</translation>
    </message>
    <message>
        <source>The local port is already used by another program. Choose another port or close that program.</source>
        <translation>Le port local est déjà utilisé par un autre programme. Choisissez un autre port ou fermez ce programme.</translation>
    </message>
    <message>
        <source>The local address is not available on this computer. Is the interface up?</source>
        <translation>L&apos;adresse locale n&apos;est pas disponible sur cet ordinateur. L&apos;interface est-elle active ?</translation>
    </message>
    <message>
        <source>The system did not allow sending to %1 (a firewall, or a broadcast address).</source>
        <translation>Le système n&apos;a pas autorisé l&apos;envoi vers %1 (un pare-feu, ou une adresse de diffusion).</translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached from this computer. Check the cable, Wi-Fi or VPN.</source>
        <translation>Le réseau de %1 est injoignable depuis cet ordinateur. Vérifiez le câble, le Wi-Fi ou le VPN.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Is the device on this link and powered?</source>
        <translation>%1 est injoignable. L&apos;appareil est-il sur ce lien et sous tension ?</translation>
    </message>
    <message>
        <source>The datagram is too large for the network. Use a smaller block size.</source>
        <translation>Le datagramme est trop grand pour le réseau. Utilisez une taille de bloc plus petite.</translation>
    </message>
    <message>
        <source>The network refused the datagram to %1.</source>
        <translation>Le réseau a refusé le datagramme vers %1.</translation>
    </message>
    <message>
        <source> (at position %1: “%2”)</source>
        <translation> (à la position %1 : « %2 »)</translation>
    </message>
    <message>
        <source> (at the end)</source>
        <translation> (à la fin)</translation>
    </message>
    <message>
        <source>Type a URI such as coap://192.168.1.20/sensors/temp.</source>
        <translation>Saisissez un URI comme coap://192.168.1.20/sensors/temp.</translation>
    </message>
    <message>
        <source>The URI must start with coap:// or coaps://, e.g. coap://192.168.1.20/sensors/temp.</source>
        <translation>L&apos;URI doit commencer par coap:// ou coaps://, p. ex. coap://192.168.1.20/sensors/temp.</translation>
    </message>
    <message>
        <source>Only coap:// and coaps:// URIs can be requested%1.</source>
        <translation>Seuls les URI coap:// et coaps:// peuvent être demandés%1.</translation>
    </message>
    <message>
        <source>The URI has no host. Write it as coap://HOST/path, e.g. coap://192.168.1.20/sensors/temp.</source>
        <translation>L&apos;URI n&apos;a pas d&apos;hôte. Écrivez-le sous la forme coap://HÔTE/chemin, p. ex. coap://192.168.1.20/sensors/temp.</translation>
    </message>
    <message>
        <source>The host name contains a character that is not allowed%1.</source>
        <translation>Le nom d&apos;hôte contient un caractère non autorisé%1.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535%1.</source>
        <translation>Le port doit être un nombre de 1 à 65535%1.</translation>
    </message>
    <message>
        <source>CoAP URIs cannot have a “#” fragment%1; remove it.</source>
        <translation>Les URI CoAP ne peuvent pas avoir de fragment « # »%1 ; supprimez-le.</translation>
    </message>
    <message>
        <source>A “%” must be followed by two hex digits%1 (write a literal % as %25).</source>
        <translation>Un « % » doit être suivi de deux chiffres hexadécimaux%1 (écrivez un % littéral sous la forme %25).</translation>
    </message>
    <message>
        <source>The IPv6 address is not valid%1. Write it in brackets, e.g. coap://[fe80::1%eth0]/.</source>
        <translation>L&apos;adresse IPv6 n&apos;est pas valide%1. Écrivez-la entre crochets, p. ex. coap://[fe80::1%eth0]/.</translation>
    </message>
    <message>
        <source>The IPv6 zone after “%” is empty or malformed%1; write the interface name, e.g. %eth0.</source>
        <translation>La zone IPv6 après « % » est vide ou mal formée%1 ; écrivez le nom de l&apos;interface, p. ex. %eth0.</translation>
    </message>
    <message>
        <source>The URI contains a space at position %1; write a space in a path as %20.</source>
        <translation>L&apos;URI contient une espace à la position %1 ; écrivez une espace dans un chemin sous la forme %20.</translation>
    </message>
    <message>
        <source>The URI contains a character that is not allowed in a path or query%1.</source>
        <translation>L&apos;URI contient un caractère non autorisé dans un chemin ou une requête%1.</translation>
    </message>
    <message>
        <source>The URI is not valid%1.</source>
        <translation>L&apos;URI n&apos;est pas valide%1.</translation>
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
        <translation>Succès</translation>
    </message>
    <message>
        <source>Client error</source>
        <translation>Erreur du client</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problème réseau</translation>
    </message>
    <message>
        <source>Unusual code</source>
        <translation>Code inhabituel</translation>
    </message>
    <message>
        <source>this method</source>
        <translation>cette méthode</translation>
    </message>
    <message>
        <source>Created: the device made a new resource for %1.</source>
        <translation>Created : l&apos;appareil a créé une nouvelle ressource pour %1.</translation>
    </message>
    <message>
        <source>Deleted: the device removed %1.</source>
        <translation>Deleted : l&apos;appareil a supprimé %1.</translation>
    </message>
    <message>
        <source>Valid: the copy you hold of %1 is still current.</source>
        <translation>Valid : la copie que vous détenez de %1 est toujours à jour.</translation>
    </message>
    <message>
        <source>Changed: the device accepted the request to %1.</source>
        <translation>Changed : l&apos;appareil a accepté la requête vers %1.</translation>
    </message>
    <message>
        <source>Content: the device sent the representation of %1.</source>
        <translation>Content : l&apos;appareil a envoyé la représentation de %1.</translation>
    </message>
    <message>
        <source>Continue: the device is waiting for the next block of the request body.</source>
        <translation>Continue : l&apos;appareil attend le bloc suivant du corps de la requête.</translation>
    </message>
    <message>
        <source>Bad Request: the device could not understand the request to %1. Check the options and payload.</source>
        <translation>Bad Request : l&apos;appareil n&apos;a pas compris la requête vers %1. Vérifiez les options et la charge utile.</translation>
    </message>
    <message>
        <source>Unauthorized: the device wants you to authenticate before it answers for %1.</source>
        <translation>Unauthorized : l&apos;appareil veut que vous vous authentifiiez avant de répondre pour %1.</translation>
    </message>
    <message>
        <source>Bad Option: the device does not understand a critical option of the request. Remove it or check its value.</source>
        <translation>Bad Option : l&apos;appareil ne comprend pas une option critique de la requête. Supprimez-la ou vérifiez sa valeur.</translation>
    </message>
    <message>
        <source>Forbidden: the device refuses access to %1.</source>
        <translation>Forbidden : l&apos;appareil refuse l&apos;accès à %1.</translation>
    </message>
    <message>
        <source>Not Found: the device has no resource at %1</source>
        <translation>Not Found : l&apos;appareil n&apos;a aucune ressource à %1</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 does not accept %2.</source>
        <translation>Method Not Allowed : %1 n&apos;accepte pas %2.</translation>
    </message>
    <message>
        <source>Not Acceptable: the device cannot answer for %1 in the format asked for by Accept.</source>
        <translation>Not Acceptable : l&apos;appareil ne peut pas répondre pour %1 dans le format demandé par Accept.</translation>
    </message>
    <message>
        <source>Request Entity Incomplete: the device is missing blocks of the request body. Repeat the request.</source>
        <translation>Request Entity Incomplete : il manque à l&apos;appareil des blocs du corps de la requête. Répétez la requête.</translation>
    </message>
    <message>
        <source>Conflict: the request conflicts with the current state of %1.</source>
        <translation>Conflict : la requête est en conflit avec l&apos;état actuel de %1.</translation>
    </message>
    <message>
        <source>Precondition Failed: the If-Match or If-None-Match condition did not hold for %1.</source>
        <translation>Precondition Failed : la condition If-Match ou If-None-Match n&apos;était pas remplie pour %1.</translation>
    </message>
    <message>
        <source>Request Entity Too Large: the payload is larger than the device accepts. Try a smaller block size.</source>
        <translation>Request Entity Too Large : la charge utile dépasse ce que l&apos;appareil accepte. Essayez une taille de bloc plus petite.</translation>
    </message>
    <message>
        <source>Unsupported Content-Format: %1 does not accept a payload in this format.</source>
        <translation>Unsupported Content-Format : %1 n&apos;accepte pas de charge utile dans ce format.</translation>
    </message>
    <message>
        <source>Unprocessable Entity: the device understood the payload for %1 but cannot act on its content.</source>
        <translation>Unprocessable Entity : l&apos;appareil a compris la charge utile pour %1 mais ne peut pas agir sur son contenu.</translation>
    </message>
    <message>
        <source>Too Many Requests: the device asks you to wait before trying again (see Max-Age).</source>
        <translation>Too Many Requests : l&apos;appareil vous demande d&apos;attendre avant de réessayer (voir Max-Age).</translation>
    </message>
    <message>
        <source>Internal Server Error: the device failed while handling the request to %1.</source>
        <translation>Internal Server Error : l&apos;appareil a échoué en traitant la requête vers %1.</translation>
    </message>
    <message>
        <source>Not Implemented: the device does not support %1.</source>
        <translation>Not Implemented : l&apos;appareil ne prend pas en charge %1.</translation>
    </message>
    <message>
        <source>Bad Gateway: the proxy got an invalid answer from the device behind it.</source>
        <translation>Bad Gateway : le proxy a reçu une réponse invalide de l&apos;appareil situé derrière lui.</translation>
    </message>
    <message>
        <source>Service Unavailable: the device cannot answer right now; try again later (see Max-Age).</source>
        <translation>Service Unavailable : l&apos;appareil ne peut pas répondre pour l&apos;instant ; réessayez plus tard (voir Max-Age).</translation>
    </message>
    <message>
        <source>Gateway Timeout: the proxy got no answer in time from the device behind it.</source>
        <translation>Gateway Timeout : le proxy n&apos;a pas reçu à temps de réponse de l&apos;appareil situé derrière lui.</translation>
    </message>
    <message>
        <source>Proxying Not Supported: the device is not a proxy for this URI.</source>
        <translation>Proxying Not Supported : l&apos;appareil n&apos;est pas un proxy pour cet URI.</translation>
    </message>
    <message>
        <source>Hop Limit Reached: the request went through too many proxies (a loop?).</source>
        <translation>Hop Limit Reached : la requête a traversé trop de proxys (une boucle ?).</translation>
    </message>
    <message>
        <source>%1: the device accepted the request to %2.</source>
        <translation>%1 : l&apos;appareil a accepté la requête vers %2.</translation>
    </message>
    <message>
        <source>%1: the device rejected the request to %2 as faulty.</source>
        <translation>%1 : l&apos;appareil a rejeté la requête vers %2 comme erronée.</translation>
    </message>
    <message>
        <source>%1: the device failed to handle the request to %2.</source>
        <translation>%1 : l&apos;appareil a échoué en traitant la requête vers %2.</translation>
    </message>
    <message>
        <source>%1: the device answered with a code that is not a response code.</source>
        <translation>%1 : l&apos;appareil a répondu avec un code qui n&apos;est pas un code de réponse.</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation>JSON non valide à %1 : %2.</translation>
    </message>
    <message>
        <source>The payload is empty, so it holds no CBOR item.</source>
        <translation>La charge utile est vide, elle ne contient donc aucun élément CBOR.</translation>
    </message>
    <message>
        <source>the data ends inside an item</source>
        <translation>les données se terminent à l&apos;intérieur d&apos;un élément</translation>
    </message>
    <message>
        <source>a break byte (0xff) appears outside an indefinite-length item</source>
        <translation>un octet de rupture (0xff) apparaît hors d&apos;un élément de longueur indéfinie</translation>
    </message>
    <message>
        <source>a reserved encoding is used</source>
        <translation>un encodage réservé est utilisé</translation>
    </message>
    <message>
        <source>a text string is not valid UTF-8</source>
        <translation>une chaîne de texte n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>a map has the same key twice</source>
        <translation>une map contient deux fois la même clé</translation>
    </message>
    <message>
        <source>the items are nested too deeply</source>
        <translation>les éléments sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>there are bytes after the single top-level item</source>
        <translation>il y a des octets après l&apos;unique élément de premier niveau</translation>
    </message>
    <message>
        <source>Not valid CBOR at byte %1: %2.</source>
        <translation>CBOR non valide à l&apos;octet %1 : %2.</translation>
    </message>
    <message>
        <source>the text ends inside a value</source>
        <translation>le texte se termine à l&apos;intérieur d&apos;une valeur</translation>
    </message>
    <message>
        <source>unexpected character (a missing comma, colon or bracket?)</source>
        <translation>caractère inattendu (une virgule, un deux-points ou un crochet manquant ?)</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>nombre non valide</translation>
    </message>
    <message>
        <source>a string has a bad escape or no closing quote</source>
        <translation>une chaîne a un échappement incorrect ou pas de guillemet fermant</translation>
    </message>
    <message>
        <source>h&apos;..&apos; needs an even number of hex digits</source>
        <translation>h&apos;..&apos; exige un nombre pair de chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>b64&apos;..&apos; is not base64</source>
        <translation>b64&apos;..&apos; n&apos;est pas du base64</translation>
    </message>
    <message>
        <source>simple(n) must be 0..23 or 32..255</source>
        <translation>simple(n) doit être entre 0..23 ou 32..255</translation>
    </message>
    <message>
        <source>(_ ...) must hold only byte strings or only text strings</source>
        <translation>(_ ...) ne doit contenir que des chaînes d&apos;octets ou que des chaînes de texte</translation>
    </message>
    <message>
        <source>the values are nested too deeply</source>
        <translation>les valeurs sont imbriquées trop profondément</translation>
    </message>
    <message>
        <source>there is more text after the value</source>
        <translation>il y a du texte après la valeur</translation>
    </message>
    <message>
        <source>Not valid JSON or CBOR diagnostic notation: %1.</source>
        <translation>Ni JSON ni notation de diagnostic CBOR valide : %1.</translation>
    </message>
    <message>
        <source>Not valid JSON or CBOR diagnostic notation at %1: %2.</source>
        <translation>Ni JSON ni notation de diagnostic CBOR valide à %1 : %2.</translation>
    </message>
    <message>
        <source>Not valid SenML: the payload is not JSON.</source>
        <translation>SenML non valide : la charge utile n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>Not valid SenML: the payload is not one CBOR item.</source>
        <translation>SenML non valide : la charge utile n&apos;est pas un unique élément CBOR.</translation>
    </message>
    <message>
        <source>Not valid SenML: a pack must be an array of records.</source>
        <translation>SenML non valide : un pack doit être un tableau d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>Not valid SenML: the pack has no records.</source>
        <translation>SenML non valide : le pack n&apos;a aucun enregistrement.</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>field “%1” has the wrong type</source>
        <translation>le champ « %1 » a le mauvais type</translation>
    </message>
    <message>
        <source>it has more than one of v, vs, vb, vd</source>
        <translation>il a plus d&apos;un champ parmi v, vs, vb, vd</translation>
    </message>
    <message>
        <source>it has neither a value nor a sum</source>
        <translation>il n&apos;a ni valeur ni somme</translation>
    </message>
    <message>
        <source>its name is empty or has characters SenML does not allow</source>
        <translation>son nom est vide ou contient des caractères que SenML n&apos;autorise pas</translation>
    </message>
    <message>
        <source>vd is not base64url</source>
        <translation>vd n&apos;est pas du base64url</translation>
    </message>
    <message>
        <source>it has a field “%1” that must be understood</source>
        <translation>il a un champ « %1 » qui doit être compris</translation>
    </message>
    <message>
        <source>its version is newer than 10</source>
        <translation>sa version est postérieure à 10</translation>
    </message>
    <message>
        <source>its version differs from the other records</source>
        <translation>sa version diffère de celle des autres enregistrements</translation>
    </message>
    <message>
        <source>Not valid SenML: record %1: %2.</source>
        <translation>SenML non valide : enregistrement %1 : %2.</translation>
    </message>
    <message>
        <source>a link must start with “&lt;”</source>
        <translation>un lien doit commencer par « &lt; »</translation>
    </message>
    <message>
        <source>the link target has no closing “&gt;”</source>
        <translation>la cible du lien n&apos;a pas de « &gt; » fermant</translation>
    </message>
    <message>
        <source>an empty entry between commas</source>
        <translation>une entrée vide entre des virgules</translation>
    </message>
    <message>
        <source>a bad attribute name</source>
        <translation>un nom d&apos;attribut incorrect</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>un attribut sans valeur</translation>
    </message>
    <message>
        <source>a bad attribute value</source>
        <translation>une valeur d&apos;attribut incorrecte</translation>
    </message>
    <message>
        <source>a quoted string without the closing quote</source>
        <translation>une chaîne entre guillemets sans guillemet fermant</translation>
    </message>
    <message>
        <source>unexpected characters after a link (a missing “,” or “;”?)</source>
        <translation>caractères inattendus après un lien (« , » ou « ; » manquant ?)</translation>
    </message>
    <message>
        <source>an attribute value of the wrong form</source>
        <translation>une valeur d&apos;attribut de mauvaise forme</translation>
    </message>
    <message>
        <source>Not valid link format at byte %1: %2.</source>
        <translation>Format de lien non valide à l&apos;octet %1 : %2.</translation>
    </message>
    <message>
        <source>%1 sent a block shorter than its block size while announcing more blocks. The transfer was stopped rather than asking again and again; the device misreads RFC 7959 (some answer an empty block). Try a fixed block size in the request.</source>
        <translation>%1 a envoyé un bloc plus court que sa taille de bloc tout en annonçant d&apos;autres blocs. Le transfert a été arrêté plutôt que de redemander sans fin ; l&apos;appareil applique mal la RFC 7959 (certains répondent par un bloc vide). Essayez une taille de bloc fixe dans la requête.</translation>
    </message>
    <message>
        <source>The answer from %1 grew past the largest body this tool accepts; the transfer was stopped.</source>
        <translation>La réponse de %1 a dépassé la plus grande charge utile que cet outil accepte ; le transfert a été arrêté.</translation>
    </message>
    <message>
        <source>%1 kept answering without progress, so the exchange was stopped to avoid flooding the device.</source>
        <translation>%1 a continué de répondre sans progresser ; l&apos;échange a été arrêté pour ne pas submerger l&apos;appareil.</translation>
    </message>
    <message>
        <source>The answer from %1 carries a critical option that this tool does not implement (for example OSCORE or Q-Block), so its payload cannot be shown as a plain body.</source>
        <translation>La réponse de %1 porte une option critique que cet outil ne prend pas en charge (par exemple OSCORE ou Q-Block) ; sa charge utile ne peut donc pas être affichée telle quelle.</translation>
    </message>
    <message>
        <source>The resource %1 changed again after the block-wise transfer had started over for its new version. Repeat the request when it changes less often.</source>
        <translation>La ressource %1 a encore changé après que le transfert Block-wise a recommencé pour sa nouvelle version. Répétez la requête quand elle change moins souvent.</translation>
    </message>
    <message>
        <source>%1 broke the CoAP rules in a way that trying again cannot fix; the exchange was stopped.</source>
        <translation>%1 a enfreint les règles de CoAP d&apos;une façon qu&apos;un nouvel essai ne peut pas corriger ; l&apos;échange a été arrêté.</translation>
    </message>
    <message>
        <source>Nothing listens on the port of %1: its system answered “port unreachable”. Check the port number, and that the CoAP service on the device is running.</source>
        <translation>Rien n&apos;écoute sur le port de %1 : son système a répondu « port inaccessible ». Vérifiez le numéro de port et que le service CoAP de l&apos;appareil fonctionne.</translation>
    </message>
    <message>
        <source>The proxy URI is empty.</source>
        <translation>L’URI du proxy est vide.</translation>
    </message>
    <message>
        <source>The proxy URI is not usable: %1</source>
        <extracomment>%1 why the URI is not valid</extracomment>
        <translation>L’URI du proxy est inutilisable : %1</translation>
    </message>
    <message>
        <source>A proxy is only a host and a port, such as coap://10.0.0.1:5683; the path belongs in the request&apos;s URI.</source>
        <translation>Un proxy n’est qu’un hôte et un port, par exemple coap://10.0.0.1:5683 ; le chemin va dans l’URI de la requête.</translation>
    </message>
    <message>
        <source>The URI names an IPv6 zone (%eth0), which means nothing to the proxy; use the device&apos;s global address, or send without the proxy.</source>
        <translation>L’URI indique une zone IPv6 (%eth0), qui ne signifie rien pour le proxy ; utilisez l’adresse globale de l’appareil, ou envoyez sans proxy.</translation>
    </message>
    <message>
        <source>The URI is longer than a Proxy-Uri option can hold (1034 bytes); choose Proxy-Scheme in Settings.</source>
        <translation>L’URI est plus longue que ce que peut contenir une option Proxy-Uri (1034 octets) ; choisissez Proxy-Scheme dans les paramètres.</translation>
    </message>
    <message>
        <source>Bad Gateway: the proxy %1 could not get a valid answer from %2. The device may be off, or nothing serves CoAP at that address and port.</source>
        <translation>Bad Gateway : le proxy %1 n’a pas obtenu de réponse valide de %2. L’appareil est peut-être éteint, ou rien ne sert CoAP à cette adresse et ce port.</translation>
    </message>
    <message>
        <source>Gateway Timeout: the proxy %1 got no answer from %2 in time. The device may be off, asleep or out of the proxy&apos;s reach.</source>
        <translation>Gateway Timeout : le proxy %1 n’a pas reçu de réponse de %2 à temps. L’appareil est peut-être éteint, en veille ou hors de portée du proxy.</translation>
    </message>
    <message>
        <source>Proxying Not Supported: %1 does not forward this request. It is no proxy, or not for this kind of URI; check the proxy in Settings or the device&apos;s proxy.</source>
        <translation>Proxying Not Supported : %1 ne transmet pas cette requête. Ce n’est pas un proxy, ou pas pour ce type d’URI ; vérifiez le proxy dans les paramètres ou celui de l’appareil.</translation>
    </message>
    <message>
        <source>via proxy %1 (%2)</source>
        <extracomment>%1 the proxy&apos;s address, %2 the option that names the device: Proxy-Uri or Proxy-Scheme</extracomment>
        <translation>via le proxy %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <source>Message log</source>
        <translation>Journal des messages</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>The simulated devices could not start: %1</source>
        <translation>Les appareils simulés n&apos;ont pas pu démarrer : %1</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n simulated device(s) on this computer</source>
        <translation>
            <numerusform>Démo : %n appareil simulé sur cet ordinateur</numerusform>
            <numerusform>Démo : %n appareils simulés sur cet ordinateur</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>C&amp;hart this resource</source>
        <translation>&amp;Tracer cette ressource</translation>
    </message>
    <message>
        <source>Plot the values of the resource in the form in the Charts panel; it is observed if it is not yet</source>
        <translation>Tracer les valeurs de la ressource du formulaire dans le panneau Graphiques ; elle est observée si elle ne l&apos;est pas encore</translation>
    </message>
    <message>
        <source>&amp;Monitor view</source>
        <translation>Vue &amp;moniteur</translation>
    </message>
    <message>
        <source>Give the charts the whole window for watching, and back (Ctrl+Shift+M)</source>
        <translation>Donner toute la fenêtre aux graphiques pour la surveillance, et revenir (Ctrl+Maj+M)</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) were running when CoAP Explorer closed. Observe them again?</source>
        <translation>
            <numerusform>%n observation était en cours à la fermeture de CoAP Explorer. L&apos;observer à nouveau ?</numerusform>
            <numerusform>%n observations étaient en cours à la fermeture de CoAP Explorer. Les observer à nouveau ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Close the charts</source>
        <translation>Fermer les graphiques</translation>
    </message>
    <message numerus="yes">
        <source>The charts observe %n resource(s). Stop these observations?</source>
        <translation>
            <numerusform>Les graphiques observent %n ressource. Arrêter cette observation ?</numerusform>
            <numerusform>Les graphiques observent %n ressources. Arrêter ces observations ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations the request form shows keep running.</source>
        <translation>Les observations affichées par le formulaire de requête continuent.</translation>
    </message>
    <message>
        <source>&amp;Stop observing</source>
        <translation>&amp;Arrêter l&apos;observation</translation>
    </message>
    <message>
        <source>&amp;Keep observing</source>
        <translation>&amp;Continuer l&apos;observation</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Ouvrir une capture</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Captures (*.pcap *.pcapng *.cap *.dmp);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>No chartable value in the %n notification(s) of %1</source>
        <translation>
            <numerusform>Aucune valeur traçable dans la %n notification de %1</numerusform>
            <numerusform>Aucune valeur traçable dans les %n notifications de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;capture…</source>
        <translation>Ouvrir une &amp;capture…</translation>
    </message>
    <message>
        <source>Open a pcap or pcapng capture (tcpdump, Wireshark) and show its CoAP datagrams</source>
        <translation>Ouvrir une capture pcap ou pcapng (tcpdump, Wireshark) et afficher ses datagrammes CoAP</translation>
    </message>
</context>
<context>
    <name>GatewayDialog</name>
    <message>
        <source>Serve devices over HTTP</source>
        <translation>Servir les appareils en HTTP</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Lire :</translation>
    </message>
    <message>
        <source>Watch:</source>
        <translation>Observer :</translation>
    </message>
    <message>
        <source>Methods, Content-Type, Accept and ETags are passed on; a device that does not answer gives 504, one that cannot be reached 502. With Accept: text/event-stream a GET observes the resource and sends each notification as an event.</source>
        <translation>Les méthodes, Content-Type, Accept et les ETags sont transmis ; un appareil qui ne répond pas donne 504, un appareil injoignable 502. Avec Accept: text/event-stream, un GET observe la ressource et envoie chaque notification comme un événement.</translation>
    </message>
    <message>
        <source>&amp;Stop serving</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>The devices this window reaches are served at &lt;b&gt;%1&lt;/b&gt;/coap://&lt;i&gt;device&lt;/i&gt;/&lt;i&gt;path&lt;/i&gt;. Only programs on this computer can connect (loopback).</source>
        <translation>Les appareils que cette fenêtre atteint sont servis à &lt;b&gt;%1&lt;/b&gt;/coap://&lt;i&gt;appareil&lt;/i&gt;/&lt;i&gt;chemin&lt;/i&gt;. Seuls les programmes de cet ordinateur peuvent s&apos;y connecter (loopback).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>GatewayPart</name>
    <message>
        <source>Let curl, a browser or a script on this computer reach the devices: http://127.0.0.1:8080/coap://device/path (RFC 8075)</source>
        <translation>Permet à curl, à un navigateur ou à un script de cet ordinateur d&apos;atteindre les appareils : http://127.0.0.1:8080/coap://appareil/chemin (RFC 8075)</translation>
    </message>
    <message>
        <source>Serve devices over HTTP</source>
        <translation>Servir les appareils en HTTP</translation>
    </message>
    <message>
        <source>The devices are served over HTTP here; click for examples</source>
        <translation>Les appareils sont servis ici en HTTP ; cliquez pour des exemples</translation>
    </message>
    <message>
        <source>The HTTP gateway could not start: %1</source>
        <translation>La passerelle HTTP n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>HTTP: %1</source>
        <translation>HTTP : %1</translation>
    </message>
    <message>
        <source>event streams: %1</source>
        <translation>flux d&apos;événements : %1</translation>
    </message>
    <message>
        <source>Ser&amp;ve devices over HTTP</source>
        <translation>Servir les appareils en H&amp;TTP</translation>
    </message>
    <message>
        <source>HTTP Gateway Add&amp;ress…</source>
        <translation>Adresse de la passere&amp;lle HTTP…</translation>
    </message>
</context>
<context>
    <name>InlineBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
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
        <translation>pas de socket</translation>
    </message>
    <message>
        <source>UDP port %1</source>
        <translation>port UDP %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Settings: transmission parameters, block size, discovery, language</source>
        <translation>Paramètres : paramètres de transmission, taille de bloc, découverte, langue</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Envoyer la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the running exchange or observation (Esc)</source>
        <translation>Annuler l&apos;échange ou l&apos;observation en cours (Échap)</translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation>&amp;Observer</translation>
    </message>
    <message>
        <source>Observe the resource: the device sends every change (Ctrl+O)</source>
        <translation>Observer la ressource : l&apos;appareil envoie chaque changement (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Découvrir</translation>
    </message>
    <message>
        <source>Ask the local network which CoAP devices are there (Ctrl+D)</source>
        <translation>Demander au réseau local quels appareils CoAP sont présents (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>&amp;Ajouter un appareil…</translation>
    </message>
    <message>
        <source>Add a device by its address</source>
        <translation>Ajouter un appareil par son adresse</translation>
    </message>
    <message>
        <source>&amp;About CoAP Explorer</source>
        <translation>À &amp;propos de CoAP Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
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
        <translation>A&amp;ppareils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>No devices yet.

Press Discover (Ctrl+D) to ask the local network, or Add device… to enter an address.</source>
        <translation>Aucun appareil pour l&apos;instant.

Appuyez sur Découvrir (Ctrl+D) pour interroger le réseau local, ou sur Ajouter un appareil… pour saisir une adresse.</translation>
    </message>
    <message numerus="yes">
        <source>%n device</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmission</source>
        <translation>
            <numerusform>%n retransmission</numerusform>
            <numerusform>%n retransmissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmissions</source>
        <translation>
            <numerusform>%n retransmission</numerusform>
            <numerusform>%n retransmissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observations</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message>
        <source>Observing uses GET.</source>
        <translation>L&apos;observation utilise GET.</translation>
    </message>
    <message>
        <source>Observing %1 — waiting for the first notification…</source>
        <translation>Observation de %1 — en attente de la première notification…</translation>
    </message>
    <message>
        <source>%1 %2 — waiting for an answer…</source>
        <translation>%1 %2 — en attente d&apos;une réponse…</translation>
    </message>
    <message>
        <source>observing, notification %1</source>
        <translation>observation, notification %1</translation>
    </message>
    <message>
        <source>observation cancelled</source>
        <translation>observation annulée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Cancelled before an answer arrived.</source>
        <translation>Annulé avant l&apos;arrivée d&apos;une réponse.</translation>
    </message>
    <message numerus="yes">
        <source>observation ended after %n notification</source>
        <translation>
            <numerusform>observation terminée après %n notification</numerusform>
            <numerusform>observation terminée après %n notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>observation ended after %n notifications</source>
        <translation>
            <numerusform>observation terminée après %n notification</numerusform>
            <numerusform>observation terminée après %n notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange ended without an answer.</source>
        <translation>L&apos;échange s&apos;est terminé sans réponse.</translation>
    </message>
    <message>
        <source>Resume o&amp;bservation of %1</source>
        <translation>Reprendre l&apos;o&amp;bservation de %1</translation>
    </message>
    <message>
        <source>&amp;Save payload…</source>
        <translation>&amp;Enregistrer la charge utile…</translation>
    </message>
    <message>
        <source>Go to the &amp;URI field</source>
        <translation>Aller au champ &amp;URI</translation>
    </message>
    <message>
        <source>Add &amp;option</source>
        <translation>Ajouter une &amp;option</translation>
    </message>
    <message>
        <source>Clear URI &amp;history</source>
        <translation>Effacer l&apos;&amp;historique des URI</translation>
    </message>
    <message>
        <source>&amp;Repeat request</source>
        <translation>&amp;Répéter la requête</translation>
    </message>
    <message>
        <source>Resume o&amp;bservation</source>
        <translation>Reprendre l&apos;o&amp;bservation</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Discovery &amp;settings…</source>
        <translation>Paramètres de la dé&amp;couverte…</translation>
    </message>
    <message>
        <source>Stop &amp;observing</source>
        <translation>Arrêter l&apos;&amp;observation</translation>
    </message>
    <message>
        <source>End the observation of this resource; the device is told (Ctrl+O)</source>
        <translation>Mettre fin à l&apos;observation de cette ressource ; l&apos;appareil en est informé (Ctrl+O)</translation>
    </message>
    <message>
        <source>%1 %2 — no answer yet: retransmission %3 of %4, gives up in about %5. Esc cancels.</source>
        <extracomment>%1 method, %2 URI, %3 the retransmission number, %4 how many there are at most, %5 a duration such as &quot;70 s&quot;</extracomment>
        <translation>%1 %2 — pas encore de réponse : retransmission %3 sur %4, abandon dans environ %5. Échap annule.</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <extracomment>%1 the address of the forward proxy the request went to</extracomment>
        <translation>le proxy %1</translation>
    </message>
    <message>
        <source>Cop&amp;y as</source>
        <translation>Cop&amp;ier comme</translation>
    </message>
    <message>
        <source>Copy the request in the form as a command line for another tool</source>
        <translation>Copier la requête du formulaire comme ligne de commande pour un autre outil</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>→ sent</source>
        <translation>→ envoyé</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← reçu</translation>
    </message>
    <message>
        <source>Confirmable</source>
        <translation>Confirmable</translation>
    </message>
    <message>
        <source>Non-confirmable</source>
        <translation>Non confirmable</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acquittement (ACK)</translation>
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
        <translation>malformé : %1</translation>
    </message>
    <message>
        <source>retransmission %1</source>
        <translation>retransmission %1</translation>
    </message>
    <message>
        <source>duplicate: reply sent again</source>
        <translation>doublon : réponse renvoyée</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>%1 (engine clock %2 ms)</source>
        <translation>%1 (horloge du moteur %2 ms)</translation>
    </message>
    <message>
        <source>Empty message (0.00)</source>
        <translation>Message vide (0.00)</translation>
    </message>
    <message>
        <source>Request %1 (%2)</source>
        <translation>Requête %1 (%2)</translation>
    </message>
    <message>
        <source>%1: success</source>
        <translation>%1 : succès</translation>
    </message>
    <message>
        <source>%1: client error</source>
        <translation>%1 : erreur du client</translation>
    </message>
    <message>
        <source>%1: server error</source>
        <translation>%1 : erreur du serveur</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Pas de token</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Token de %1</translation>
    </message>
    <message>
        <source>Round-trip time since the first transmission of the request</source>
        <translation>Temps aller-retour depuis la première transmission de la requête</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 Found at byte %2.</source>
        <translation>%1 Trouvé à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>Sent again because no acknowledgement came in time (RFC 7252 §4.2).</source>
        <translation>Renvoyé car aucun acquittement n&apos;est arrivé à temps (RFC 7252 §4.2).</translation>
    </message>
    <message>
        <source>The peer repeated a message; the same reply was sent again (RFC 7252 §4.5).</source>
        <translation>L&apos;homologue a répété un message ; la même réponse a été renvoyée (RFC 7252 §4.5).</translation>
    </message>
    <message>
        <source>The same message arrived again; it was acted on once only (RFC 7252 §4.5).</source>
        <translation>Le même message est arrivé à nouveau ; il n&apos;a été traité qu&apos;une fois (RFC 7252 §4.5).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Homologue</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Taille</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Wall-clock time when the datagram was logged</source>
        <translation>Heure de l&apos;horloge murale à l&apos;enregistrement du datagramme</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Identifiant de message (Message ID)</translation>
    </message>
    <message>
        <source>Size of the whole datagram in bytes</source>
        <translation>Taille du datagramme entier en octets</translation>
    </message>
    <message>
        <source>Round-trip time of a response or acknowledgement</source>
        <translation>Temps aller-retour d&apos;une réponse ou d&apos;un acquittement</translation>
    </message>
    <message>
        <source>Retransmissions, duplicates and decoding errors</source>
        <translation>Retransmissions, doublons et erreurs de décodage</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
</context>
<context>
    <name>MessageLogView</name>
    <message>
        <source>Device:</source>
        <translation>Appareil :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Show the datagrams of one device only</source>
        <translation>N&apos;afficher que les datagrammes d&apos;un appareil</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
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
        <translation>Malformés</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <source>Retransmissions, duplicates, resets, malformed datagrams and 4.xx/5.xx answers</source>
        <translation>Retransmissions, doublons, resets, datagrammes malformés et réponses 4.xx/5.xx</translation>
    </message>
    <message>
        <source>Show one message type only, or only what looks wrong</source>
        <translation>N&apos;afficher qu&apos;un type de message, ou seulement ce qui semble anormal</translation>
    </message>
    <message>
        <source>Filter by peer, code, token, options or payload (Ctrl+F)</source>
        <translation>Filtrer par homologue, code, token, options ou charge utile (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the datagrams whose peer, code, token, options or payload text contain this text. Esc clears it.</source>
        <translation>Affiche les datagrammes dont l&apos;homologue, le code, le token, les options ou le texte de la charge utile contiennent ce texte. Échap l&apos;efface.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold new datagrams back so that the list stands still; they are still recorded and appear when you resume</source>
        <translation>Retenir les nouveaux datagrammes pour que la liste reste immobile ; ils sont toujours enregistrés et apparaissent à la reprise</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Remove every datagram from the log and reset the counters</source>
        <translation>Retirer tous les datagrammes du journal et remettre les compteurs à zéro</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Hex dump</source>
        <translation>Vidage hexadécimal</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Journal des messages</translation>
    </message>
    <message>
        <source>Decoded datagram</source>
        <translation>Datagramme décodé</translation>
    </message>
    <message>
        <source>Hex dump of the datagram</source>
        <translation>Vidage hexadécimal du datagramme</translation>
    </message>
    <message>
        <source>No datagrams</source>
        <translation>Aucun datagramme</translation>
    </message>
    <message>
        <source>Datagrams: %1</source>
        <translation>Datagrammes : %1</translation>
    </message>
    <message>
        <source>None of %1 match the filter</source>
        <translation>Aucun des %1 ne correspond au filtre</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <source>paused, %1 held back</source>
        <translation>en pause, %1 retenus</translation>
    </message>
    <message>
        <source>(no longer in the log)</source>
        <translation>(n&apos;est plus dans le journal)</translation>
    </message>
    <message>
        <source>%1 %2 %3, MID %4 at %5</source>
        <translation>%1 %2 %3, MID %4 à %5</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>malformed datagram at %1</source>
        <translation>datagramme malformé à %1</translation>
    </message>
    <message>
        <source>(held back while paused)</source>
        <translation>(retenu pendant la pause)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>%1 · engine clock %2 ms · %3</source>
        <translation>%1 · horloge du moteur %2 ms · %3</translation>
    </message>
    <message>
        <source>Malformed.</source>
        <translation>Malformé.</translation>
    </message>
    <message>
        <source>%1 Found at byte %2.</source>
        <translation>%1 Trouvé à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Identifiant de message</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>No options</source>
        <translation>Aucune option</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>No payload</source>
        <translation>Aucune charge utile</translation>
    </message>
    <message>
        <source>Content-Format %1</source>
        <translation>Content-Format %1</translation>
    </message>
    <message>
        <source>Not UTF-8 text; see the hex dump.</source>
        <translation>Ce n&apos;est pas du texte UTF-8 ; voir le vidage hexadécimal.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Temps aller-retour</translation>
    </message>
    <message>
        <source>%1 (since the first transmission)</source>
        <translation>%1 (depuis la première transmission)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Reset by</source>
        <translation>Reset par</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acquitté par</translation>
    </message>
    <message>
        <source>Retransmission of</source>
        <translation>Retransmission de</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <source>Other repeats</source>
        <translation>Autres répétitions</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Retransmissions</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>en-tête %1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>token %1</translation>
    </message>
    <message>
        <source>options %1</source>
        <translation>options %1</translation>
    </message>
    <message>
        <source>payload marker %1</source>
        <translation>marqueur de charge utile %1</translation>
    </message>
    <message>
        <source>payload %1</source>
        <translation>charge utile %1</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>No datagrams yet. Every datagram the app sends or receives shows here: send a request or start a discovery.</source>
        <translation>Aucun datagramme pour l&apos;instant. Chaque datagramme que l&apos;application envoie ou reçoit s&apos;affiche ici : envoyez une requête ou lancez une découverte.</translation>
    </message>
    <message>
        <source>Select a datagram to see it decoded and in hex, with its request or response and its retransmissions.</source>
        <translation>Sélectionnez un datagramme pour le voir décodé et en hexadécimal, avec sa requête ou sa réponse et ses retransmissions.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Go to &amp;request</source>
        <translation>Aller à la &amp;requête</translation>
    </message>
    <message>
        <source>Go to &amp;response</source>
        <translation>Aller à la &amp;réponse</translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation>Copier en &amp;hexadécimal</translation>
    </message>
    <message>
        <source>Clear &amp;filter</source>
        <translation>Effacer le &amp;filtre</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the newest datagram in view; stops while a row is selected or the list is scrolled up</source>
        <translation>Garde le datagramme le plus récent visible ; s&apos;arrête quand une ligne est sélectionnée ou que la liste est remontée</translation>
    </message>
    <message>
        <source>All rows as &amp;CSV…</source>
        <translation>Toutes les lignes en &amp;CSV…</translation>
    </message>
    <message>
        <source>All rows as &amp;JSON…</source>
        <translation>Toutes les lignes en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Filtered rows as CSV…</source>
        <translation>Lignes &amp;filtrées en CSV…</translation>
    </message>
    <message>
        <source>Filtered rows as JS&amp;ON…</source>
        <translation>Lignes filtrées en JS&amp;ON…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a device in the log&apos;s device filter: %1 its name, %2 its address</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Export filtered rows</source>
        <translation>Exporter les lignes filtrées</translation>
    </message>
    <message>
        <source>Export all rows</source>
        <translation>Exporter toutes les lignes</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Show only &amp;this device</source>
        <translation>Afficher seulement ce&amp;t appareil</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>All rows as &amp;pcapng (Wireshark)…</source>
        <translation>Toutes les lignes en &amp;pcapng (Wireshark)…</translation>
    </message>
    <message>
        <source>Filtered rows as pc&amp;apng (Wireshark)…</source>
        <translation>Lignes filtrées en pc&amp;apng (Wireshark)…</translation>
    </message>
    <message>
        <source>Wireshark captures (*.pcapng)</source>
        <translation>Captures Wireshark (*.pcapng)</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>Copier co&amp;mme</translation>
    </message>
    <message>
        <source>Chart this res&amp;ource</source>
        <translation>Tracer cette res&amp;source</translation>
    </message>
    <message>
        <source>Save the log as CSV, JSON or pcapng (Wireshark)</source>
        <translation>Enregistrer le journal en CSV, JSON ou pcapng (Wireshark)</translation>
    </message>
</context>
<context>
    <name>ObservationHub</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: telling the device…</source>
        <translation>arrêt : l&apos;appareil est informé…</translation>
    </message>
    <message>
        <source>waiting for the first notification…</source>
        <translation>en attente de la première notification…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the time of day of the last notification, %2 the start of its payload</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Last notification</source>
        <translation>Dernière notification</translation>
    </message>
</context>
<context>
    <name>ObservationsPanel</name>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Stop observing</source>
        <translation>Arrêter l&apos;observation</translation>
    </message>
    <message>
        <source>End the selected observations; the devices are told (Delete)</source>
        <translation>Mettre fin aux observations sélectionnées ; les appareils en sont informés (Suppr)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>End every running observation</source>
        <translation>Mettre fin à toutes les observations en cours</translation>
    </message>
    <message>
        <source>Nothing is observed. Right-click a resource and choose Observe or Chart.</source>
        <translation>Rien n&apos;est observé. Cliquez avec le bouton droit sur une ressource et choisissez Observer ou Graphique.</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) running</source>
        <translation>
            <numerusform>%n observation en cours</numerusform>
            <numerusform>%n observations en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsItemDelegate</name>
    <message>
        <source>name or number</source>
        <translation>nom ou numéro</translation>
    </message>
</context>
<context>
    <name>OptionsTableModel</name>
    <message>
        <source>text, or bytes in hex after 0x</source>
        <translation>du texte, ou des octets en hexadécimal après 0x</translation>
    </message>
    <message>
        <source>a content format: a number or a media type such as application/json</source>
        <translation>un format de contenu : un nombre ou un type de média comme application/json</translation>
    </message>
    <message>
        <source>NUM/MORE/SIZE, e.g. 0/0/64</source>
        <translation>NUM/MORE/SIZE, p. ex. 0/0/64</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>a number from 0 to %1</source>
        <translation>un nombre de 0 à %1</translation>
    </message>
    <message numerus="yes">
        <source>text of %n byte</source>
        <translation>
            <numerusform>texte de %n octet</numerusform>
            <numerusform>texte de %n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of %n bytes</source>
        <translation>
            <numerusform>texte de %n octet</numerusform>
            <numerusform>texte de %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>text of %1 to %2 bytes</source>
        <translation>texte de %1 à %2 octets</translation>
    </message>
    <message numerus="yes">
        <source>%n byte in hex, e.g. 0a</source>
        <translation>
            <numerusform>%n octet en hexadécimal, p. ex. 0a</numerusform>
            <numerusform>%n octets en hexadécimal, p. ex. 0a1b</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes in hex, e.g. 0a1b</source>
        <translation>
            <numerusform>%n octet en hexadécimal, p. ex. 0a</numerusform>
            <numerusform>%n octets en hexadécimal, p. ex. 0a1b</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 bytes in hex, e.g. 0a1b2c</source>
        <translation>%1 à %2 octets en hexadécimal, p. ex. 0a1b2c</translation>
    </message>
    <message>
        <source>Option %1: after 0x write bytes in hex, two digits each.</source>
        <translation>Option %1 : après 0x, écrivez des octets en hexadécimal, deux chiffres chacun.</translation>
    </message>
    <message>
        <source>%1 takes no value; leave the cell empty.</source>
        <translation>%1 ne prend pas de valeur ; laissez la cellule vide.</translation>
    </message>
    <message>
        <source>%1 takes a content format: a number 0 to 65535 or a media type such as application/json.</source>
        <translation>%1 prend un format de contenu : un nombre de 0 à 65535 ou un type de média comme application/json.</translation>
    </message>
    <message>
        <source>%1 is written NUM/MORE/SIZE: a block number below 1048576, 0 or 1, and a size of 16, 32, 64, 128, 256, 512 or 1024, e.g. 0/0/64.</source>
        <translation>%1 s&apos;écrit NUM/MORE/SIZE : un numéro de bloc inférieur à 1048576, 0 ou 1, et une taille de 16, 32, 64, 128, 256, 512 ou 1024, p. ex. 0/0/64.</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 0 to %2.</source>
        <translation>%1 prend un nombre entier de 0 à %2.</translation>
    </message>
    <message>
        <source>%1 takes text of %2 to %3 bytes; this is %4.</source>
        <translation>%1 prend un texte de %2 à %3 octets ; celui-ci en fait %4.</translation>
    </message>
    <message>
        <source>%1 takes bytes written in hex, two digits per byte, e.g. 0a1b2c.</source>
        <translation>%1 prend des octets écrits en hexadécimal, deux chiffres par octet, p. ex. 0a1b2c.</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 bytes; this is %4.</source>
        <translation>%1 prend de %2 à %3 octets ; celui-ci en fait %4.</translation>
    </message>
    <message>
        <source>Choose an option for this value: type a name such as Uri-Query, or a number.</source>
        <translation>Choisissez une option pour cette valeur : saisissez un nom comme Uri-Query, ou un numéro.</translation>
    </message>
    <message>
        <source>“%1” is not a registered option; type a name such as Uri-Query, or its number (0 to 65535).</source>
        <translation>« %1 » n&apos;est pas une option enregistrée ; saisissez un nom comme Uri-Query, ou son numéro (0 à 65535).</translation>
    </message>
    <message>
        <source>%1 may appear only once; it is already in row %2.</source>
        <translation>%1 ne peut apparaître qu&apos;une fois ; elle est déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>Option row %1: %2</source>
        <translation>Ligne d&apos;option %1 : %2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>elective</source>
        <translation>élective</translation>
    </message>
    <message>
        <source>unsafe to forward</source>
        <translation>non sûre pour le relais</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (option %2): %3</source>
        <translation>%1 (option %2) : %3</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>PayloadEditor</name>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Charger…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CBOR (typed as JSON or diagnostic notation)</source>
        <translation>CBOR (saisi en JSON ou en notation de diagnostic)</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>Octets en hexadécimal</translation>
    </message>
    <message>
        <source>How the text below is turned into the bytes that are sent</source>
        <translation>Comment le texte ci-dessous est converti en octets envoyés</translation>
    </message>
    <message>
        <source>Payload input format</source>
        <translation>Format de saisie de la charge utile</translation>
    </message>
    <message>
        <source>Load the payload from a file</source>
        <translation>Charger la charge utile depuis un fichier</translation>
    </message>
    <message>
        <source>(no Content-Format)</source>
        <translation>(pas de Content-Format)</translation>
    </message>
    <message>
        <source>The Content-Format option sent with the payload</source>
        <translation>L&apos;option Content-Format envoyée avec la charge utile</translation>
    </message>
    <message>
        <source>Payload for POST, PUT, FETCH, PATCH and iPATCH</source>
        <translation>Charge utile pour POST, PUT, FETCH, PATCH et iPATCH</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>Charge ut&amp;ile :</translation>
    </message>
    <message>
        <source>Co&amp;ntent-Format:</source>
        <translation>Co&amp;ntent-Format :</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Load payload</source>
        <translation>Charger la charge utile</translation>
    </message>
    <message>
        <source>All files (*);;JSON (*.json);;CBOR (*.cbor);;Text (*.txt)</source>
        <translation>Tous les fichiers (*);;JSON (*.json);;CBOR (*.cbor);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>The Content-Format “%1” is not a registered media type or a number 0 to 65535.</source>
        <translation>Le Content-Format « %1 » n&apos;est ni un type de média enregistré ni un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>Valid JSON, %1.</source>
        <translation>JSON valide, %1.</translation>
    </message>
    <message>
        <source>Valid, %1 of CBOR: %2</source>
        <translation>Valide, %1 de CBOR : %2</translation>
    </message>
</context>
<context>
    <name>PayloadRender</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message numerus="yes">
        <source>{%n member}</source>
        <translation>
            <numerusform>{%n membre}</numerusform>
            <numerusform>{%n membres}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n members}</source>
        <translation>
            <numerusform>{%n membre}</numerusform>
            <numerusform>{%n membres}</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message numerus="yes">
        <source>[%n element]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n elements]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>map</source>
        <translation>map</translation>
    </message>
    <message numerus="yes">
        <source>{%n pair}</source>
        <translation>
            <numerusform>{%n paire}</numerusform>
            <numerusform>{%n paires}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n pairs}</source>
        <translation>
            <numerusform>{%n paire}</numerusform>
            <numerusform>{%n paires}</numerusform>
        </translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>bytes (%1)</source>
        <translation>octets (%1)</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message>
        <source>float</source>
        <translation>flottant</translation>
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
        <translation>(somme %1)</translation>
    </message>
    <message>
        <source>Hex needs two digits per byte; the last byte has only one.</source>
        <translation>L&apos;hexadécimal exige deux chiffres par octet ; le dernier octet n&apos;en a qu&apos;un.</translation>
    </message>
    <message>
        <source>“%1” at %2 is not a hex digit.</source>
        <translation>« %1 » à %2 n&apos;est pas un chiffre hexadécimal.</translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>&amp;Add option</source>
        <translation>&amp;Ajouter une option</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Request method (Alt+M)</source>
        <translation>Méthode de la requête (Alt+M)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The resource to request, e.g. coap://192.168.1.20/sensors/temp (Ctrl+L)</source>
        <translation>La ressource à demander, p. ex. coap://192.168.1.20/sensors/temp (Ctrl+L)</translation>
    </message>
    <message>
        <source>coap://192.168.1.20/sensors/temp</source>
        <translation>coap://192.168.1.20/sensors/temp</translation>
    </message>
    <message>
        <source>CON (confirmable)</source>
        <translation>CON (confirmable)</translation>
    </message>
    <message>
        <source>NON (non-confirmable)</source>
        <translation>NON (non confirmable)</translation>
    </message>
    <message>
        <source>CON is retransmitted until the device acknowledges it; NON is sent once</source>
        <translation>CON est retransmis jusqu&apos;à ce que l&apos;appareil l&apos;acquitte ; NON n&apos;est envoyé qu&apos;une fois</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(indifférent)</translation>
    </message>
    <message>
        <source>Accept: the content format you want the answer in</source>
        <translation>Accept : le format de contenu dans lequel vous voulez la réponse</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Largest block for block-wise transfers (RFC 7959)</source>
        <translation>Bloc maximal pour les transferts Block-wise (RFC 7959)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Acce&amp;pt:</source>
        <translation>Acce&amp;pt :</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>Taille de &amp;bloc :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI :</translation>
    </message>
    <message>
        <source>Request options</source>
        <translation>Options de la requête</translation>
    </message>
    <message>
        <source>Extra options; the URI already gives Uri-Host, Uri-Port, Uri-Path and Uri-Query</source>
        <translation>Options supplémentaires ; l&apos;URI donne déjà Uri-Host, Uri-Port, Uri-Path et Uri-Query</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Options :</translation>
    </message>
    <message>
        <source>Add a row: type an option name such as ETag, or its number</source>
        <translation>Ajouter une ligne : saisissez un nom d&apos;option comme ETag, ou son numéro</translation>
    </message>
    <message>
        <source>Remove the selected option rows</source>
        <translation>Retirer les lignes d&apos;option sélectionnées</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI : %1</translation>
    </message>
    <message>
        <source>%1 requests carry no payload; choose PUT, POST, FETCH, PATCH or iPATCH to send it.</source>
        <translation>Les requêtes %1 ne portent pas de charge utile ; choisissez PUT, POST, FETCH, PATCH ou iPATCH pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Requests to this device go through a forward proxy (Settings, or the device&apos;s context menu in the tree)</source>
        <translation>Les requêtes vers cet appareil passent par un proxy de transfert (paramètres, ou menu contextuel de l’appareil dans l’arbre)</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>&amp;Save payload…</source>
        <translation>&amp;Enregistrer la charge utile…</translation>
    </message>
    <message>
        <source>Send a request with Ctrl+Return to see the answer here.</source>
        <translation>Envoyez une requête avec Ctrl+Entrée pour voir la réponse ici.</translation>
    </message>
    <message>
        <source>Save the payload bytes to a file (Ctrl+S)</source>
        <translation>Enregistrer les octets de la charge utile dans un fichier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Response options</source>
        <translation>Options de la réponse</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Content formats</source>
        <translation>Formats de contenu</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation>Autres attributs</translation>
    </message>
    <message>
        <source>Double-click a link (or press Enter) to open its URI in the request</source>
        <translation>Double-cliquez sur un lien (ou appuyez sur Entrée) pour ouvrir son URI dans la requête</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
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
        <translation>L&amp;ien</translation>
    </message>
    <message>
        <source>SenML</source>
        <translation>SenML</translation>
    </message>
    <message>
        <source>Ima&amp;ge</source>
        <translation>Ima&amp;ge</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Unregistered code</source>
        <translation>Code non enregistré</translation>
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
        <translation>pas de token</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>token %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retransmission</source>
        <translation>
            <numerusform>%n retransmission</numerusform>
            <numerusform>%n retransmissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmissions</source>
        <translation>
            <numerusform>%n retransmission</numerusform>
            <numerusform>%n retransmissions</numerusform>
        </translation>
    </message>
    <message>
        <source>· notification %1 (Observe %2)</source>
        <translation>· notification %1 (Observe %2)</translation>
    </message>
    <message>
        <source>· notification %1</source>
        <translation>· notification %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 reçus</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Double-cliquez pour ouvrir %1</translation>
    </message>
    <message>
        <source>The image data could not be decoded as %1.</source>
        <translation>Les données d&apos;image n&apos;ont pas pu être décodées en %1.</translation>
    </message>
    <message>
        <source>The payload is declared as %1 but does not parse; it is shown as text and hex. %2</source>
        <translation>La charge utile est déclarée en %1 mais ne s&apos;analyse pas ; elle est affichée en texte et en hexadécimal. %2</translation>
    </message>
    <message>
        <source>The payload is declared as text but is not valid UTF-8; see the Hex tab.</source>
        <translation>La charge utile est déclarée comme texte mais n&apos;est pas de l&apos;UTF-8 valide ; voir l&apos;onglet Hex.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation>Enregistrer la charge utile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop waiting for this answer (Esc)</source>
        <translation>Ne plus attendre cette réponse (Échap)</translation>
    </message>
    <message>
        <source>from %1, the proxy for %2</source>
        <extracomment>%1 the forward proxy&apos;s address, %2 the device&apos;s URI it answered for</extracomment>
        <translation>de %1, le proxy pour %2</translation>
    </message>
</context>
<context>
    <name>SecurityPart</name>
    <message>
        <source>Security &amp;credentials…</source>
        <translation>Identifiants de &amp;sécurité…</translation>
    </message>
    <message>
        <source>&amp;Peer certificate…</source>
        <translation>Certificat de l&apos;&amp;homologue…</translation>
    </message>
    <message>
        <source>secured: %1</source>
        <translation>sécurisé : %1</translation>
    </message>
    <message>
        <source>Peer certificate</source>
        <translation>Certificat de l&apos;homologue</translation>
    </message>
    <message>
        <source>The secure connection to %1 uses a pre-shared key: the device showed no certificate.</source>
        <translation>La connexion sécurisée avec %1 utilise une clé pré-partagée : l&apos;appareil n&apos;a présenté aucun certificat.</translation>
    </message>
    <message>
        <source>There is no secure connection to show a certificate for.</source>
        <translation>Il n&apos;y a aucune connexion sécurisée dont afficher le certificat.</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>The secure connection to %1 failed: the pre-shared key for identity “%2” is wrong. Check the key in Devices ▸ Security credentials.</source>
        <translation>La connexion sécurisée avec %1 a échoué : la clé pré-partagée de l&apos;identité « %2 » est fausse. Vérifiez la clé dans Appareils ▸ Identifiants de sécurité.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the device does not know the identity “%2”.</source>
        <translation>La connexion sécurisée avec %1 a échoué : l&apos;appareil ne connaît pas l&apos;identité « %2 ».</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not signed by a trusted authority. You can view the certificate and accept it for this device.</source>
        <translation>La connexion sécurisée avec %1 a échoué : son certificat n&apos;est pas signé par une autorité de confiance. Vous pouvez afficher le certificat et l&apos;accepter pour cet appareil.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate has expired or is not valid yet.</source>
        <translation>La connexion sécurisée avec %1 a échoué : son certificat a expiré ou n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not issued for “%2”.</source>
        <translation>La connexion sécurisée avec %1 a échoué : son certificat n&apos;est pas émis pour « %2 ».</translation>
    </message>
    <message>
        <source>No secure connection to %1: the device did not complete the DTLS handshake in time. Is it listening for coaps on that port?</source>
        <translation>Pas de connexion sécurisée avec %1 : l&apos;appareil n&apos;a pas terminé la négociation DTLS à temps. Écoute-t-il en coaps sur ce port ?</translation>
    </message>
    <message>
        <source>The device at %1 ended the secure connection (%2).</source>
        <translation>L&apos;appareil %1 a mis fin à la connexion sécurisée (%2).</translation>
    </message>
    <message>
        <source>No credentials for %1. Add them in Devices ▸ Security credentials.</source>
        <translation>Aucun identifiant pour %1 : ajoutez-en dans Appareils ▸ Identifiants de sécurité.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée avec %1 a échoué : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %3 to %4&lt;br&gt;&lt;b&gt;SHA-256:&lt;/b&gt; &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Sujet :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Émetteur :&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valide :&lt;/b&gt; du %3 au %4&lt;br&gt;&lt;b&gt;SHA-256 :&lt;/b&gt; &lt;tt&gt;%5&lt;/tt&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Discover &amp;automatically when the window opens</source>
        <translation>Découvrir &amp;automatiquement à l&apos;ouverture de la fenêtre</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Acknowledgement &amp;timeout (ACK_TIMEOUT):</source>
        <translation>&amp;Délai d&apos;acquittement (ACK_TIMEOUT) :</translation>
    </message>
    <message>
        <source>&amp;Random factor (ACK_RANDOM_FACTOR):</source>
        <translation>Facteur &amp;aléatoire (ACK_RANDOM_FACTOR) :</translation>
    </message>
    <message>
        <source>Re&amp;transmissions (MAX_RETRANSMIT):</source>
        <translation>Re&amp;transmissions (MAX_RETRANSMIT) :</translation>
    </message>
    <message>
        <source>&amp;Outstanding requests per device (NSTART):</source>
        <translation>Requêtes en &amp;cours par appareil (NSTART) :</translation>
    </message>
    <message>
        <source>Multicast &amp;leisure (DEFAULT_LEISURE):</source>
        <translation>Délai de réponse multicast (DEFAULT_&amp;LEISURE) :</translation>
    </message>
    <message>
        <source>&amp;Maximum latency (MAX_LATENCY):</source>
        <translation>Latence &amp;maximale (MAX_LATENCY) :</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <source>Default &amp;block size:</source>
        <translation>Taille de &amp;bloc par défaut :</translation>
    </message>
    <message>
        <source>To&amp;ken length:</source>
        <translation>Longueur du to&amp;ken :</translation>
    </message>
    <message>
        <source>One multicast address per line, e.g. 224.0.1.187 or ff02::fd</source>
        <translation>Une adresse multicast par ligne, p. ex. 224.0.1.187 ou ff02::fd</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ask on the checked interfaces only; none checked means all of them</source>
        <translation>N&apos;interroger que par les interfaces cochées ; aucune cochée signifie toutes</translation>
    </message>
    <message>
        <source>Multicast &amp;groups:</source>
        <translation>&amp;Groupes multicast :</translation>
    </message>
    <message>
        <source>&amp;Interfaces:</source>
        <translation>&amp;Interfaces :</translation>
    </message>
    <message>
        <source>&amp;Listen for answers:</source>
        <translation>Écouter les &amp;réponses :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The window changes to the new language at once; the message log starts empty.</source>
        <translation>La fenêtre passe immédiatement à la nouvelle langue ; le journal des messages repart vide.</translation>
    </message>
    <message>
        <source>Tra&amp;nsmission</source>
        <translation>Tra&amp;nsmission</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Re&amp;quêtes</translation>
    </message>
    <message>
        <source>&amp;Discovery</source>
        <translation>&amp;Découverte</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>A confirmable request is sent at most %1 times in all and given up after at most %2 (MAX_TRANSMIT_WAIT).</source>
        <translation>Une requête confirmable est envoyée au plus %1 fois en tout et abandonnée après au plus %2 (MAX_TRANSMIT_WAIT).</translation>
    </message>
    <message>
        <source>“%1” is not a multicast address; use addresses such as 224.0.1.187 or ff02::fd, one per line.</source>
        <translation>« %1 » n&apos;est pas une adresse multicast ; utilisez des adresses comme 224.0.1.187 ou ff02::fd, une par ligne.</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Demander d&apos;abord</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>&amp;Resume last run’s observations:</source>
        <translation>&amp;Reprendre les observations de la dernière session :</translation>
    </message>
    <message>
        <source>Name the device with Proxy-&amp;Scheme and Uri-* options instead of Proxy-Uri</source>
        <translation>Désigner l’appareil avec Proxy-&amp;Scheme et les options Uri-* au lieu de Proxy-Uri</translation>
    </message>
    <message>
        <source>coap://host:port (empty: send directly)</source>
        <translation>coap://hôte:port (vide : envoi direct)</translation>
    </message>
    <message>
        <source>Send every request to this CoAP forward proxy, which passes it on to the device. A device can have a proxy of its own: right-click it in the tree.</source>
        <translation>Envoyer chaque requête à ce proxy de transfert CoAP, qui la transmet à l’appareil. Un appareil peut avoir son propre proxy : clic droit dessus dans l’arbre.</translation>
    </message>
    <message>
        <source>Forward &amp;proxy:</source>
        <translation>&amp;Proxy de transfert :</translation>
    </message>
    <message>
        <source>When the exchange of one block of a block-wise transfer gets no answer after its retransmissions, try that block again in a new exchange, this many times in a row, so that one lost exchange on a lossy link does not end the transfer. 0 ends the transfer at the first lost exchange.</source>
        <translation>Quand l’échange d’un bloc d’un transfert par blocs reste sans réponse après ses retransmissions, retenter ce bloc dans un nouvel échange, jusqu’à ce nombre de fois d’affilée, pour qu’un échange perdu sur un lien avec pertes ne mette pas fin au transfert. 0 arrête le transfert au premier échange perdu.</translation>
    </message>
    <message>
        <source>Block retr&amp;ies:</source>
        <translation>Nouvelles &amp;tentatives par bloc :</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to CoAP Explorer</source>
        <translation>Bienvenue dans CoAP Explorer</translation>
    </message>
    <message>
        <source>CoAP Explorer finds the CoAP devices around you, reads and changes their resources, observes them and shows every datagram. Where would you like to start?</source>
        <translation>CoAP Explorer trouve les appareils CoAP autour de vous, lit et modifie leurs ressources, les observe et affiche chaque datagramme. Par quoi voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>&amp;Find devices on this network</source>
        <translation>&amp;Trouver les appareils de ce réseau</translation>
    </message>
    <message>
        <source>Ask the local network which CoAP devices are there (multicast, RFC 7252 §8). Later: Devices → Discover, or Ctrl+D.</source>
        <translation>Demander au réseau local quels appareils CoAP sont présents (multicast, RFC 7252 §8). Plus tard : Appareils → Découvrir, ou Ctrl+D.</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Essayer la démo</translation>
    </message>
    <message>
        <source>Start five simulated devices on this computer and discover them: a gateway, a door contact, temperature and humidity sensors and a wristband. Nothing leaves this computer.</source>
        <translation>Démarrer cinq appareils simulés sur cet ordinateur et les découvrir : une passerelle, un contact de porte, des capteurs de température et d&apos;humidité et un bracelet. Rien ne sort de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CoAP Explorer</source>
        <translation>CoAP Explorer</translation>
    </message>
    <message>
        <source>Find, inspect and debug CoAP (RFC 7252) devices.</source>
        <translation>Trouver, inspecter et déboguer des appareils CoAP (RFC 7252).</translation>
    </message>
    <message>
        <source>Start five simulated devices on this computer and discover them, to try the application without hardware.</source>
        <translation>Démarrer cinq appareils simulés sur cet ordinateur et les découvrir, pour essayer l&apos;application sans matériel.</translation>
    </message>
    <message>
        <source>Once the devices are discovered and a resource is read, save a picture of the window to FILE and quit.</source>
        <translation>Une fois les appareils découverts et une ressource lue, enregistrer une image de la fenêtre dans FILE et quitter.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take the screenshot after SECONDS (default 2).</source>
        <translation>Prendre la capture après SECONDS secondes (2 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>With --screenshot: chart three sensors first and show the Charts panel.</source>
        <translation>Avec --screenshot : tracer d&apos;abord trois capteurs et afficher le panneau Graphiques.</translation>
    </message>
    <message>
        <source>A coap:// URI to put into the request field.</source>
        <translation>Un URI coap:// à placer dans le champ de la requête.</translation>
    </message>
    <message>
        <source>--after needs a number of seconds, such as 2 or 0.5.</source>
        <translation>--after attend un nombre de secondes, comme 2 ou 0.5.</translation>
    </message>
    <message>
        <source>Give at most one URI.</source>
        <translation>Indiquez au plus un URI.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Impossible d&apos;écrire la capture dans %1.</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 1024x700 (for screenshots).</source>
        <translation>Ouvrir la fenêtre à cette taille, par ex. 1024x700 (pour les captures d&apos;écran).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>LARGEURxHAUTEUR</translation>
    </message>
    <message>
        <source>--size needs a width and a height in pixels, such as 1024x700.</source>
        <translation>--size demande une largeur et une hauteur en pixels, par exemple 1024x700.</translation>
    </message>
</context>
</TS>
