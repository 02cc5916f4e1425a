<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CoAP Explorer</source>
        <translation>Acerca de CoAP Explorer</translation>
    </message>
    <message>
        <source>CoAP Explorer %1</source>
        <translation>CoAP Explorer %1</translation>
    </message>
    <message>
        <source>Find, inspect and debug CoAP devices (RFC 7252, RFC 7641, RFC 7959).</source>
        <translation>Encontrar, inspeccionar y depurar dispositivos CoAP (RFC 7252, RFC 7641, RFC 7959).</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>CoAP Explorer is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), as Qt Charts requires. You may use, study, share and change it; it comes with no warranty.</source>
        <translation>CoAP Explorer es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later), como exige Qt Charts. Puede usarlo, estudiarlo, compartirlo y modificarlo; se distribuye sin ninguna garantía.</translation>
    </message>
    <message>
        <source>The GNU General Public License, version 3</source>
        <translation>La Licencia Pública General de GNU, versión 3</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilada con %2)</translation>
    </message>
    <message>
        <source>CoAP engine (RFC 7252, 7641, 7959), built in</source>
        <translation>Motor CoAP (RFC 7252, 7641, 7959), integrado</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>%1, %2, window system: %3, compiled with %4</source>
        <translation>%1, %2, sistema de ventanas: %3, compilado con %4</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copiar información de versión</translation>
    </message>
    <message>
        <source>Copy the versions as plain text, for a bug report</source>
        <translation>Copiar las versiones como texto plano, para un informe de error</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AddDeviceDialog</name>
    <message>
        <source>Type the device&apos;s IP address or host name, e.g. 192.168.1.20 or [fe80::1%eth0].</source>
        <translation>Escriba la dirección IP o el nombre de host del dispositivo, p. ej. 192.168.1.20 o [fe80::1%eth0].</translation>
    </message>
    <message>
        <source>The “[” of the IPv6 address is not closed; write it as [fe80::1%eth0]:5683.</source>
        <translation>El «[» de la dirección IPv6 no está cerrado; escríbala como [fe80::1%eth0]:5683.</translation>
    </message>
    <message>
        <source>Only “:port” may follow the “]”, e.g. [fe80::1%eth0]:5683.</source>
        <translation>Tras el «]» solo puede ir «:puerto», p. ej. [fe80::1%eth0]:5683.</translation>
    </message>
    <message>
        <source>“%1” in brackets is not an IPv6 address.</source>
        <translation>«%1» entre corchetes no es una dirección IPv6.</translation>
    </message>
    <message>
        <source>The port “%1” must be a number from 1 to 65535.</source>
        <translation>El puerto «%1» debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>«%1» no es una dirección IPv6 válida.</translation>
    </message>
    <message>
        <source>%1 is a link-local address: add the interface it is on, e.g. %1%eth0.</source>
        <translation>%1 es una dirección de enlace local: añada la interfaz en la que está, p. ej. %1%eth0.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address: it has four numbers from 0 to 255 separated by dots, e.g. 192.168.1.20.</source>
        <translation>«%1» no es una dirección IPv4 válida: tiene cuatro números de 0 a 255 separados por puntos, p. ej. 192.168.1.20.</translation>
    </message>
    <message>
        <source>%1 is a group address; Discover asks groups. Type the address of one device.</source>
        <translation>%1 es una dirección de grupo; Descubrir consulta a los grupos. Escriba la dirección de un solo dispositivo.</translation>
    </message>
    <message>
        <source>“%1” is neither an IP address nor a host name: a host name has only letters, digits, hyphens and dots.</source>
        <translation>«%1» no es ni una dirección IP ni un nombre de host: un nombre de host solo contiene letras, cifras, guiones y puntos.</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Añadir dispositivo</translation>
    </message>
    <message>
        <source>192.168.1.20, [fe80::1%eth0], boiler.local</source>
        <translation>192.168.1.20, [fe80::1%eth0], caldera.local</translation>
    </message>
    <message>
        <source>UDP port of the device; CoAP uses 5683 unless the device says otherwise</source>
        <translation>Puerto UDP del dispositivo; CoAP usa el 5683 salvo que el dispositivo indique otro</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Edit device</source>
        <translation>Editar dispositivo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ask one device for its resources (GET /.well-known/core). Use this when Discover does not reach it: another subnet, a VPN, or multicast blocked. A device secured with DTLS: coaps:// and its address or host name.</source>
        <translation>Pide a un dispositivo sus recursos (GET /.well-known/core). Úselo cuando Descubrir no lo alcanza: otra subred, una VPN o multicast bloqueado. Un dispositivo protegido con DTLS: coaps:// y su dirección o su nombre de host.</translation>
    </message>
</context>
<context>
    <name>AddedDevicesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Devices added by hand</source>
        <translation>Dispositivos añadidos a mano</translation>
    </message>
    <message>
        <source>These devices are asked for their resources by their address at every start, also where discovery does not reach them.</source>
        <translation>A estos dispositivos se les piden sus recursos por su dirección en cada inicio, también donde el descubrimiento no los alcanza.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Ask one more device by its address</source>
        <translation>Preguntar a otro dispositivo por su dirección</translation>
    </message>
    <message>
        <source>Change the address or port of the selected device</source>
        <translation>Cambiar la dirección o el puerto del dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Stop asking the selected device at start and take it out of the tree (Delete)</source>
        <translation>Dejar de preguntar al dispositivo seleccionado al inicio y quitarlo del árbol (Supr)</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB. Cut it down first, for instance with &quot;editcap -c 100000&quot; or a Wireshark display filter and File ▸ Export Specified Packets.</source>
        <translation>%1 ocupa más de 1 GiB. Redúzcalo antes, por ejemplo con &quot;editcap -c 100000&quot; o con un filtro de visualización de Wireshark y Archivo ▸ Exportar paquetes especificados.</translation>
    </message>
    <message>
        <source>%1 is not a capture file. CoAP Explorer opens pcap and pcapng files, as tcpdump -w and Wireshark write them.</source>
        <translation>%1 no es un archivo de captura. CoAP Explorer abre archivos pcap y pcapng, tal como los escriben tcpdump -w y Wireshark.</translation>
    </message>
    <message>
        <source>Capture %1 — CoAP Explorer</source>
        <translation>Captura %1 — CoAP Explorer</translation>
    </message>
    <message>
        <source>Capture — CoAP Explorer</source>
        <translation>Captura — CoAP Explorer</translation>
    </message>
    <message numerus="yes">
        <source>%n CoAP datagram(s), read-only: nothing here is sent again.</source>
        <translation>
            <numerusform>%n datagrama CoAP, solo lectura: aquí no se vuelve a enviar nada.</numerusform>
            <numerusform>%n datagramas CoAP, solo lectura: aquí no se vuelve a enviar nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP fragment(s)</source>
        <translation>
            <numerusform>%n fragmento IP</numerusform>
            <numerusform>%n fragmentos IP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n packet(s): %1.</source>
        <translation>
            <numerusform>Se omitió %n paquete: %1.</numerusform>
            <numerusform>Se omitieron %n paquetes: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The file ends inside a packet; everything before it is shown.</source>
        <translation>El archivo termina a mitad de un paquete; se muestra todo lo anterior.</translation>
    </message>
    <message>
        <source>Right-click a notification to chart the observed values.</source>
        <translation>Haga clic derecho en una notificación para graficar los valores observados.</translation>
    </message>
    <message>
        <source>%1 not CoAP</source>
        <translation>%1 no CoAP</translation>
    </message>
    <message>
        <source>%1 cut short</source>
        <translation>%1 truncados</translation>
    </message>
    <message>
        <source>%1 of an unsupported link type</source>
        <translation>%1 de un tipo de enlace no admitido</translation>
    </message>
    <message>
        <source>%1 beyond the log&apos;s capacity</source>
        <translation>%1 más allá de la capacidad del registro</translation>
    </message>
    <message>
        <source>Captured from %1 to %2.</source>
        <translation>Capturado del %1 al %2.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificado de %1</translation>
    </message>
    <message>
        <source>This certificate is not signed by an authority you trust. Accept it only if the fingerprint matches the one the device&apos;s owner gave you. It is then trusted for %1 only.</source>
        <translation>Este certificado no está firmado por ninguna autoridad de confianza. Acéptelo solo si la huella coincide con la que le dio el propietario del dispositivo. A partir de entonces se confiará en él solo para %1.</translation>
    </message>
    <message>
        <source>&amp;Accept for this device</source>
        <translation>&amp;Aceptar para este dispositivo</translation>
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
valor: %1</translation>
    </message>
    <message>
        <source>
%1 samples kept, %2 received, %3 dropped (oldest first)</source>
        <translation>
%1 muestras guardadas, %2 recibidas, %3 descartadas (las más antiguas primero)</translation>
    </message>
    <message>
        <source>
Notifications of this resource that carried no value to chart</source>
        <translation>
Notificaciones de este recurso sin ningún valor que representar</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Sin valor</translation>
    </message>
    <message>
        <source>Device, resource and value name; untick to hide the series</source>
        <translation>Dispositivo, recurso y nombre del valor; desmarque para ocultar la serie</translation>
    </message>
    <message>
        <source>Over every value received since the series started</source>
        <translation>Sobre todos los valores recibidos desde que empezó la serie</translation>
    </message>
    <message>
        <source>Notifications per second over the last 10 seconds</source>
        <translation>Notificaciones por segundo en los últimos 10 segundos</translation>
    </message>
    <message>
        <source>Notifications that carried no value to chart</source>
        <translation>Notificaciones sin ningún valor que representar</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>30 s</source>
        <translation>30 s</translation>
    </message>
    <message>
        <source>Show the last 30 seconds (1)</source>
        <translation>Mostrar los últimos 30 segundos (1)</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>Show the last 5 minutes (2)</source>
        <translation>Mostrar los últimos 5 minutos (2)</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Show the last hour (3)</source>
        <translation>Mostrar la última hora (3)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show everything recorded (4)</source>
        <translation>Mostrar todo lo registrado (4)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Freeze the charts; values are still recorded (P, or Space on a chart)</source>
        <translation>Congela los gráficos; los valores se siguen registrando (P, o Espacio sobre un gráfico)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <source>Back to the live window (Home, or double-click a chart)</source>
        <translation>Volver a la ventana en vivo (Inicio, o doble clic en un gráfico)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save every recorded sample: series, time (ISO 8601), value, unit</source>
        <translation>Guardar todas las muestras registradas: serie, hora (ISO 8601), valor, unidad</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>Guardar &amp;imagen…</translation>
    </message>
    <message>
        <source>Save the charts as they are shown, as PNG</source>
        <translation>Guardar los gráficos tal como se muestran, en PNG</translation>
    </message>
    <message>
        <source>No values to chart yet.

Observe a resource and choose “Chart this”: its values appear here within a second.</source>
        <translation>Todavía no hay valores que representar.

Observe un recurso y elija «Representar»: sus valores aparecen aquí en menos de un segundo.</translation>
    </message>
    <message>
        <source>Series figures</source>
        <translation>Cifras de las series</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Zoomed: %1 – %2</source>
        <translation>Zoom: %1 – %2</translation>
    </message>
    <message>
        <source>Paused at %1, still recording</source>
        <translation>En pausa a las %1, se sigue registrando</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) without a value</source>
        <translation>
            <numerusform>%n notificación sin valor</numerusform>
            <numerusform>%n notificaciones sin valor</numerusform>
        </translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>carga útil vacía</translation>
    </message>
    <message>
        <source>binary payload</source>
        <translation>carga útil binaria</translation>
    </message>
    <message>
        <source>payload does not parse as its content format</source>
        <translation>la carga útil no se puede analizar con su formato de contenido</translation>
    </message>
    <message>
        <source>content format without values</source>
        <translation>formato de contenido sin valores</translation>
    </message>
    <message>
        <source>no number or state in the payload</source>
        <translation>ni número ni estado en la carga útil</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 (last: %5)</source>
        <translation>%1 %2: %3 de %4 (último: %5)</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Todavía hay una exportación en curso.</translation>
    </message>
    <message>
        <source>Exporting %1 samples…</source>
        <translation>Exportando %1 muestras…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 samples saved to %2</source>
        <translation>%1 muestras guardadas en %2</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Exportar muestras</translation>
    </message>
    <message>
        <source>samples-%1.csv</source>
        <translation>muestras-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Guardar imagen del gráfico</translation>
    </message>
    <message>
        <source>chart-%1.png</source>
        <translation>grafico-%1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Imágenes PNG (*.png);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Image saved to %1</source>
        <translation>Imagen guardada en %1</translation>
    </message>
    <message>
        <source>Could not save the image to %1</source>
        <translation>No se pudo guardar la imagen en %1</translation>
    </message>
    <message>
        <source>&amp;Remove from chart</source>
        <translation>&amp;Quitar del gráfico</translation>
    </message>
    <message>
        <source>Remove the selected series; its observation ends when nothing else uses it (Delete)</source>
        <translation>Quitar la serie seleccionada; su observación termina cuando nada más la usa (Supr)</translation>
    </message>
</context>
<context>
    <name>CopyAsCommand</name>
    <message>
        <source>the option %1 is left out: this tool cannot send it</source>
        <translation>se omite la opción %1: esta herramienta no puede enviarla</translation>
    </message>
    <message>
        <source>sent confirmable (CON): the gateway does not send NON requests</source>
        <translation>se envía confirmable (CON): la pasarela no envía solicitudes NON</translation>
    </message>
    <message>
        <source>the block size is left to the gateway</source>
        <translation>el tamaño de bloque lo decide la pasarela</translation>
    </message>
    <message>
        <source>the payload is binary: printf writes its bytes into the command</source>
        <translation>la carga útil es binaria: printf escribe sus bytes en el comando</translation>
    </message>
    <message>
        <source>set the pre-shared key first: export COAP_EXPLORER_PSK=&apos;…&apos;</source>
        <translation>defina antes la clave precompartida: export COAP_EXPLORER_PSK=&apos;…&apos;</translation>
    </message>
    <message>
        <source>coaps: add this tool&apos;s own credential options (certificate or key)</source>
        <translation>coaps: añada las opciones de credenciales propias de esta herramienta (certificado o clave)</translation>
    </message>
    <message>
        <source>&amp;coap-client command (libcoap)</source>
        <translation>Comando de &amp;coap-client (libcoap)</translation>
    </message>
    <message>
        <source>&amp;aiocoap-client command</source>
        <translation>Comando de &amp;aiocoap-client</translation>
    </message>
    <message>
        <source>coap-&amp;explorer-cli command</source>
        <translation>Comando de coap-&amp;explorer-cli</translation>
    </message>
    <message>
        <source>c&amp;url command through the HTTP gateway</source>
        <translation>Comando c&amp;url a través de la pasarela HTTP</translation>
    </message>
    <message>
        <source>the retransmission settings (ACK_TIMEOUT, MAX_RETRANSMIT, block retries) are left out: this tool uses its own</source>
        <translation>los ajustes de retransmisión (ACK_TIMEOUT, MAX_RETRANSMIT, reintentos de bloque) se omiten: esta herramienta usa los suyos</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Security credentials</source>
        <translation>Credenciales de seguridad</translation>
    </message>
    <message>
        <source>192.0.2.5, 192.0.2.5:5684, *.plant.example</source>
        <translation>192.0.2.5, 192.0.2.5:5684, *.plant.example</translation>
    </message>
    <message>
        <source>Device or &amp;pattern:</source>
        <translation>Dispositivo o &amp;patrón:</translation>
    </message>
    <message>
        <source>PSK &amp;identity:</source>
        <translation>&amp;Identidad PSK:</translation>
    </message>
    <message>
        <source>text or 0x… hex; empty keeps the stored key</source>
        <translation>texto o 0x… hex; vacío conserva la clave guardada</translation>
    </message>
    <message>
        <source>Pre-shared &amp;key:</source>
        <translation>&amp;Clave precompartida:</translation>
    </message>
    <message>
        <source>the system&apos;s authorities</source>
        <translation>las autoridades del sistema</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Trusted &amp;CAs:</source>
        <translation>CA de con&amp;fianza:</translation>
    </message>
    <message>
        <source>&amp;Verify the device&apos;s certificate</source>
        <translation>&amp;Verificar el certificado del dispositivo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>guardada; escriba para reemplazarla</translation>
    </message>
    <message>
        <source>text or 0x… hex</source>
        <translation>texto o 0x… hex</translation>
    </message>
    <message>
        <source>Name the device (an address, address:port or a pattern with *).</source>
        <translation>Indique el dispositivo (una dirección, dirección:puerto o un patrón con *).</translation>
    </message>
    <message>
        <source>The key after 0x must be hex digits, two per byte.</source>
        <translation>Después de 0x, la clave debe estar en dígitos hexadecimales, dos por byte.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate.</source>
        <translation>«%1» no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>A PSK identity needs its key.</source>
        <translation>Una identidad PSK necesita su clave.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain.</source>
        <translation>Las claves se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No keychain service is running: keys are kept for this session only and must be entered again after a restart. They are never written to the settings file.</source>
        <translation>No hay ningún servicio de llavero en marcha: las claves se guardan solo durante esta sesión y habrá que introducirlas de nuevo tras reiniciar. Nunca se escriben en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Buscando el llavero del sistema…</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>Ask the local network which CoAP devices are there: GET /.well-known/core to the groups checked below (Ctrl+D)</source>
        <translation>Pregunta a la red local qué dispositivos CoAP hay: GET /.well-known/core a los grupos marcados abajo (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation>Añadir dispositivo…</translation>
    </message>
    <message>
        <source>Ask one device by its address, when discovery does not reach it</source>
        <translation>Consultar un dispositivo por su dirección, cuando el descubrimiento no lo alcanza</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>What Discover asks (groups, interface, query) and how long it listens</source>
        <translation>Qué pregunta Descubrir (grupos, interfaz, consulta) y cuánto tiempo escucha</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>All-CoAP-Nodes multicast groups (RFC 7252 §12.8): 224.0.1.187 (IPv4), ff02::fd (this link), ff05::fd (this site)</source>
        <translation>Grupos multicast All-CoAP-Nodes (RFC 7252 §12.8): 224.0.1.187 (IPv4), ff02::fd (este enlace), ff05::fd (este sitio)</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Interfaz:</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>&amp;Esperar:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long answers are collected. Devices may wait up to 5 s before they answer a group (RFC 7252 §8.2).</source>
        <translation>Cuánto tiempo se recogen respuestas. Los dispositivos pueden esperar hasta 5 s antes de responder a un grupo (RFC 7252 §8.2).</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Consulta:</translation>
    </message>
    <message>
        <source>e.g. rt=temperature</source>
        <translation>p. ej. rt=temperature</translation>
    </message>
    <message>
        <source>Only list matching resources (RFC 6690 §4.1): rt=…, if=…, href=/sensors*, obs</source>
        <translation>Listar solo los recursos que coinciden (RFC 6690 §4.1): rt=…, if=…, href=/sensors*, obs</translation>
    </message>
    <message>
        <source>Filter devices and resources (Ctrl+F)</source>
        <translation>Filtrar dispositivos y recursos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter devices and resources</source>
        <translation>Filtrar dispositivos y recursos</translation>
    </message>
    <message>
        <source>Devices and their resources</source>
        <translation>Dispositivos y sus recursos</translation>
    </message>
    <message>
        <source>Interface to discover on</source>
        <translation>Interfaz en la que descubrir</translation>
    </message>
    <message>
        <source>Multicast groups to ask</source>
        <translation>Grupos multicast a los que preguntar</translation>
    </message>
    <message>
        <source>Matches names, paths, titles, types, interfaces, formats and addresses; “obs” finds observable resources</source>
        <translation>Busca en nombres, rutas, títulos, tipos, interfaces, formatos y direcciones; «obs» encuentra los recursos observables</translation>
    </message>
    <message>
        <source>&amp;Get</source>
        <translation>&amp;Leer (GET)</translation>
    </message>
    <message>
        <source>Read the resource now (double-click or Enter does the same)</source>
        <translation>Leer el recurso ahora (doble clic o Intro hacen lo mismo)</translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation>&amp;Observar</translation>
    </message>
    <message>
        <source>&amp;Copy URI</source>
        <translation>&amp;Copiar URI</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Marcador</translation>
    </message>
    <message>
        <source>Removes it until the device lists it again</source>
        <translation>Lo quita hasta que el dispositivo lo vuelva a listar</translation>
    </message>
    <message>
        <source>&amp;Refresh resources</source>
        <translation>&amp;Actualizar recursos</translation>
    </message>
    <message>
        <source>Ask this device again for its resource list</source>
        <translation>Volver a pedir a este dispositivo su lista de recursos</translation>
    </message>
    <message>
        <source>All interfaces (none can send multicast)</source>
        <translation>Todas las interfaces (ninguna puede enviar multicast)</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Todas las interfaces</translation>
    </message>
    <message>
        <source>%1 (not usable now)</source>
        <translation>%1 (no disponible ahora)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>todas las interfaces</translation>
    </message>
    <message>
        <source>nothing checked</source>
        <translation>nada marcado</translation>
    </message>
    <message>
        <source>Asks %1 for %2 s</source>
        <translation>Pregunta a %1 durante %2 s</translation>
    </message>
    <message>
        <source>No group is checked, so Discover has nobody to ask. Check a group under the discovery options, or use Add device… to ask a device by its address.</source>
        <translation>No hay ningún grupo marcado, así que Descubrir no tiene a quién preguntar. Marque un grupo en las opciones de descubrimiento, o use Añadir dispositivo… para consultar un dispositivo por su dirección.</translation>
    </message>
    <message>
        <source>Stop (%1 s)</source>
        <translation>Detener (%1 s)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <source>Stop discovery</source>
        <translation>Detener el descubrimiento</translation>
    </message>
    <message>
        <source>Discover devices</source>
        <translation>Descubrir dispositivos</translation>
    </message>
    <message>
        <source>Asking %1 for its resources…</source>
        <translation>Pidiendo a %1 sus recursos…</translation>
    </message>
    <message>
        <source>%1 listed its resources.</source>
        <translation>%1 ha listado sus recursos.</translation>
    </message>
    <message>
        <source>Watch the resource: every change is shown (RFC 7641)</source>
        <translation>Vigilar el recurso: se muestra cada cambio (RFC 7641)</translation>
    </message>
    <message>
        <source>The device does not list this resource as observable; it may answer once only</source>
        <translation>El dispositivo no lista este recurso como observable; puede que responda solo una vez</translation>
    </message>
    <message>
        <source>No devices yet.

Press Discover (Ctrl+D) to ask the local network, or Add device… to enter an address.</source>
        <translation>Todavía no hay dispositivos.

Pulse Descubrir (Ctrl+D) para preguntar a la red local, o Añadir dispositivo… para escribir una dirección.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc in the filter box to see all devices.</source>
        <translation>Nada coincide con «%1». Pulse Esc en el cuadro de filtro para ver todos los dispositivos.</translation>
    </message>
    <message>
        <source>&amp;Filter devices</source>
        <translation>&amp;Filtrar dispositivos</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Plot the resource’s values in the Charts panel; it is observed if it is not yet</source>
        <translation>Representar los valores del recurso en el panel Gráficos; se observa si aún no se está observando</translation>
    </message>
    <message>
        <source>Copy as coap-client co&amp;mmand</source>
        <translation>Copiar como co&amp;mando de coap-client</translation>
    </message>
    <message>
        <source>Copy as coap-client observe comma&amp;nd</source>
        <translation>Copiar como comando observe de coap-clie&amp;nt</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>&amp;Expand this device</source>
        <translation>&amp;Expandir este dispositivo</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>E&amp;xpandir todo</translation>
    </message>
    <message>
        <source>Co&amp;llapse all</source>
        <translation>Contrae&amp;r todo</translation>
    </message>
    <message>
        <source>&amp;Sort devices by</source>
        <translation>&amp;Ordenar dispositivos por</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Named devices first, in natural order; the others by address</source>
        <translation>Primero los dispositivos con nombre, en orden natural; los demás por dirección</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>IPv4 addresses first, then IPv6, then host names</source>
        <translation>Primero direcciones IPv4, luego IPv6, luego nombres de host</translation>
    </message>
    <message>
        <source>Answer &amp;order</source>
        <translation>&amp;Orden de respuesta</translation>
    </message>
    <message>
        <source>In the order the devices first answered</source>
        <translation>En el orden en que los dispositivos respondieron por primera vez</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>How the devices are sorted: by name, by address or in answer order</source>
        <translation>Cómo se ordenan los dispositivos: por nombre, por dirección o en orden de respuesta</translation>
    </message>
    <message>
        <source>Sort devices by</source>
        <translation>Ordenar dispositivos por</translation>
    </message>
    <message>
        <source>Devices added by &amp;hand…</source>
        <translation>Dispositivos añadidos a ma&amp;no…</translation>
    </message>
    <message>
        <source>The devices asked by their address at every start: add, edit or remove them</source>
        <translation>Los dispositivos a los que se pregunta por su dirección en cada inicio: añadirlos, editarlos o quitarlos</translation>
    </message>
    <message>
        <source>Forward &amp;proxy…</source>
        <translation>&amp;Proxy de reenvío…</translation>
    </message>
    <message>
        <source>Reach this device through a CoAP forward proxy, or directly</source>
        <translation>Llegar a este dispositivo a través de un proxy de reenvío CoAP, o directamente</translation>
    </message>
    <message>
        <source>%1 cannot be asked for its resources here: a coaps device is asked over DTLS, by its address.</source>
        <translation>No se puede preguntar aquí a %1 por sus recursos: a un dispositivo coaps se le pregunta por DTLS, por su dirección.</translation>
    </message>
    <message>
        <source>%1 could not be asked for its resources.</source>
        <translation>No se pudo preguntar a %1 por sus recursos.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved; check its spelling, or add the device by its address.</source>
        <translation>No se pudo resolver el nombre de host %1; compruebe cómo está escrito o añada el dispositivo por su dirección.</translation>
    </message>
</context>
<context>
    <name>DeviceProxyDialog</name>
    <message>
        <source>&amp;Directly, without a proxy</source>
        <translation>&amp;Directamente, sin proxy</translation>
    </message>
    <message>
        <source>Through &amp;this proxy:</source>
        <translation>A través de es&amp;te proxy:</translation>
    </message>
    <message>
        <source>Forward proxy for %1</source>
        <translation>Proxy de reenvío para %1</translation>
    </message>
    <message>
        <source>As all requests: &amp;directly (no proxy in Settings)</source>
        <translation>Como todas las peticiones: &amp;directamente (sin proxy en Ajustes)</translation>
    </message>
    <message>
        <source>As all requests: through %1 (&amp;Settings)</source>
        <translation>Como todas las peticiones: a través de %1 (&amp;Ajustes)</translation>
    </message>
    <message>
        <source>Directly, &amp;without a proxy</source>
        <translation>Directamente, &amp;sin proxy</translation>
    </message>
    <message>
        <source>coap://host:port</source>
        <translation>coap://host:puerto</translation>
    </message>
    <message>
        <source>Requests to %1 go:</source>
        <translation>Las peticiones a %1 van:</translation>
    </message>
    <message>
        <source>The proxy receives each request and passes it on to the device (RFC 7252 §5.7). Discovery still asks the device directly.</source>
        <translation>El proxy recibe cada petición y la pasa al dispositivo (RFC 7252 §5.7). El descubrimiento sigue preguntando directamente al dispositivo.</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type (rt)</source>
        <translation>Tipo (rt)</translation>
    </message>
    <message>
        <source>Interface (if)</source>
        <translation>Interfaz (if)</translation>
    </message>
    <message>
        <source>Formats (ct)</source>
        <translation>Formatos (ct)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Observable: the resource can be watched (RFC 7641)</source>
        <translation>Observable: el recurso se puede vigilar (RFC 7641)</translation>
    </message>
    <message>
        <source>Resource type (rt): what the resource is, e.g. temperature</source>
        <translation>Tipo de recurso (rt): qué es el recurso, p. ej. temperature</translation>
    </message>
    <message>
        <source>Interface description (if): how to talk to it, e.g. sensor</source>
        <translation>Descripción de interfaz (if): cómo hablar con él, p. ej. sensor</translation>
    </message>
    <message>
        <source>Content formats (ct) the device declared for the resource</source>
        <translation>Formatos de contenido (ct) que el dispositivo declaró para el recurso</translation>
    </message>
    <message>
        <source>Estimated size of the representation (sz)</source>
        <translation>Tamaño estimado de la representación (sz)</translation>
    </message>
    <message>
        <source>When the device last answered a discovery</source>
        <translation>Cuándo respondió el dispositivo por última vez a un descubrimiento</translation>
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
        <translation>(segmento vacío)</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>observable</source>
        <translation>observable</translation>
    </message>
    <message>
        <source>Observable: right-click → Observe to watch it (RFC 7641)</source>
        <translation>Observable: clic derecho → Observar para vigilarlo (RFC 7641)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Added by hand; it has not listed its resources.</source>
        <translation>Añadido a mano; no ha listado sus recursos.</translation>
    </message>
    <message>
        <source>Known from bookmarks; not seen yet.</source>
        <translation>Conocido por los marcadores; todavía no visto.</translation>
    </message>
    <message>
        <source>Answered through %1</source>
        <translation>Respondió a través de %1</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>Visto por primera vez %1, por última vez %2</translation>
    </message>
    <message numerus="yes">
        <source>Lists %n resource</source>
        <translation>
            <numerusform>Lista %n recurso</numerusform>
            <numerusform>Lista %n recursos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lists %n resources</source>
        <translation>
            <numerusform>Lista %n recurso</numerusform>
            <numerusform>Lista %n recursos</numerusform>
        </translation>
    </message>
    <message>
        <source>Did not answer the last discovery.</source>
        <translation>No respondió al último descubrimiento.</translation>
    </message>
    <message>
        <source>Folder: the device lists resources below this path, not the path itself.</source>
        <translation>Carpeta: el dispositivo lista recursos bajo esta ruta, no la ruta en sí.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Interface: %1</source>
        <translation>Interfaz: %1</translation>
    </message>
    <message>
        <source>Formats: %1</source>
        <translation>Formatos: %1</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>En marcadores</translation>
    </message>
    <message>
        <source>Bookmarked; the device does not list it.</source>
        <translation>En marcadores; el dispositivo no lo lista.</translation>
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
        <translation>No hay ninguna interfaz de red llamada «%1». Elija una de la lista, o Todas las interfaces.</translation>
    </message>
    <message>
        <source>%1 is down, not connected or cannot send multicast, so it was not asked. Connect it, or choose another interface.</source>
        <translation>%1 está desactivada, desconectada o no puede enviar multicast, así que no se ha preguntado por ella. Conéctela o elija otra interfaz.</translation>
    </message>
    <message>
        <source>%1 has no %2 address, so %3 cannot be asked through it.</source>
        <translation>%1 no tiene dirección %2, así que no se puede preguntar a %3 a través de ella.</translation>
    </message>
    <message>
        <source>Could not open a socket for discovery. %1</source>
        <translation>No se pudo abrir un socket para el descubrimiento. %1</translation>
    </message>
    <message>
        <source>Could not open a socket on %1 for discovery. %2</source>
        <translation>No se pudo abrir un socket en %1 para el descubrimiento. %2</translation>
    </message>
    <message>
        <source>The system has no route to %1 on %2. Is the interface connected to a network?</source>
        <translation>El sistema no tiene ruta hacia %1 en %2. ¿Está la interfaz conectada a una red?</translation>
    </message>
    <message>
        <source>The system has no route to %1. Check the cable, Wi-Fi or VPN.</source>
        <translation>El sistema no tiene ruta hacia %1. Compruebe el cable, el Wi-Fi o la VPN.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent. %2</source>
        <translation>No se pudo enviar la petición a %1. %2</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the spelling, or use the device&apos;s IP address.</source>
        <translation>No se pudo resolver el nombre de host «%1». Compruebe cómo está escrito, o use la dirección IP del dispositivo.</translation>
    </message>
    <message>
        <source>%1 did not answer GET %2 in time. Is the device on this link and powered? It stays in the list, so you can still send it requests.</source>
        <translation>%1 no respondió a GET %2 a tiempo. ¿Está el dispositivo en este enlace y encendido? Sigue en la lista, así que aún puede enviarle peticiones.</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 respondió: %2</translation>
    </message>
    <message>
        <source>The resource list of %1 is incomplete: only its first block arrived. %2</source>
        <translation>La lista de recursos de %1 está incompleta: solo llegó su primer bloque. %2</translation>
    </message>
    <message>
        <source>Discovery failed (%1).</source>
        <translation>El descubrimiento falló (%1).</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>No multicast-capable interface: no network interface of this computer is up, connected and able to send multicast, so no group could be asked. Use Add device… to ask a device by its address.</source>
        <translation>No hay interfaz con multicast: ninguna interfaz de red de este equipo está activa, conectada y capaz de enviar multicast, así que no se pudo preguntar a ningún grupo. Use Añadir dispositivo… para consultar un dispositivo por su dirección.</translation>
    </message>
    <message>
        <source>No multicast-capable interface: %1 is not up, connected and able to send multicast, so no group could be asked. Choose another interface, or use Add device… to ask a device by its address.</source>
        <translation>No hay interfaz con multicast: %1 no está activa, conectada y capaz de enviar multicast, así que no se pudo preguntar a ningún grupo. Elija otra interfaz, o use Añadir dispositivo… para consultar un dispositivo por su dirección.</translation>
    </message>
    <message>
        <source>No devices answered: asked %1 for %2. Add a device by its address with Add device…, e.g. 192.168.1.20.</source>
        <translation>Ningún dispositivo respondió: se preguntó a %1 durante %2. Añada un dispositivo por su dirección con Añadir dispositivo…, p. ej. 192.168.1.20.</translation>
    </message>
    <message numerus="yes">
        <source>%n device answered before the discovery was stopped (%1).</source>
        <translation>
            <numerusform>%n dispositivo respondió antes de detener el descubrimiento (%1).</numerusform>
            <numerusform>%n dispositivos respondieron antes de detener el descubrimiento (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices answered before the discovery was stopped (%1).</source>
        <translation>
            <numerusform>%n dispositivo respondió antes de detener el descubrimiento (%1).</numerusform>
            <numerusform>%n dispositivos respondieron antes de detener el descubrimiento (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device answered within %1.</source>
        <translation>
            <numerusform>%n dispositivo respondió en %1.</numerusform>
            <numerusform>%n dispositivos respondieron en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices answered within %1.</source>
        <translation>
            <numerusform>%n dispositivo respondió en %1.</numerusform>
            <numerusform>%n dispositivos respondieron en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for answers: %1 s left · %n device so far</source>
        <translation>
            <numerusform>Escuchando respuestas: quedan %1 s · %n dispositivo hasta ahora</numerusform>
            <numerusform>Escuchando respuestas: quedan %1 s · %n dispositivos hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for answers: %1 s left · %n devices so far</source>
        <translation>
            <numerusform>Escuchando respuestas: quedan %1 s · %n dispositivo hasta ahora</numerusform>
            <numerusform>Escuchando respuestas: quedan %1 s · %n dispositivos hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entry of its resource list left out: %1</source>
        <translation>
            <numerusform>Se omitió %n entrada defectuosa de su lista de recursos: %1</numerusform>
            <numerusform>Se omitieron %n entradas defectuosas de su lista de recursos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entries of its resource list left out: %1</source>
        <translation>
            <numerusform>Se omitió %n entrada defectuosa de su lista de recursos: %1</numerusform>
            <numerusform>Se omitieron %n entradas defectuosas de su lista de recursos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Its resource list is incomplete: %1</source>
        <translation>Su lista de recursos está incompleta: %1</translation>
    </message>
    <message>
        <source>The rest of its resource list is still being fetched.</source>
        <translation>El resto de su lista de recursos todavía se está obteniendo.</translation>
    </message>
    <message>
        <source>Listed with a filter query: it may have more resources.</source>
        <translation>Listado con una consulta de filtro: puede tener más recursos.</translation>
    </message>
    <message>
        <source>No devices answered: asked %1, stopped after %2. Add a device by its address with Add device…, e.g. 192.168.1.20.</source>
        <translation>Ningún dispositivo respondió: se preguntó a %1, detenido tras %2. Añada un dispositivo por su dirección con Añadir dispositivo…, p. ej. 192.168.1.20.</translation>
    </message>
    <message>
        <source>No devices answered: nothing could be asked. Choose a group or an interface, or use Add device… to ask a device by its address.</source>
        <translation>Ningún dispositivo respondió: no se pudo preguntar a nadie. Elija un grupo o una interfaz, o use Añadir dispositivo… para consultar un dispositivo por su dirección.</translation>
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
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>el dispositivo</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the spelling, or use the device&apos;s IP address.</source>
        <translation>No se pudo resolver el nombre de host «%1». Compruebe cómo está escrito, o use la dirección IP del dispositivo.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the system refused it. Check that this computer has a route to the device (cable, Wi-Fi, VPN, interface up).</source>
        <translation>No se pudo enviar la petición a %1: el sistema la rechazó. Compruebe que este equipo tiene una ruta hacia el dispositivo (cable, Wi-Fi, VPN, interfaz activa).</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmission. Is the device on this link and powered?</source>
        <translation>
            <numerusform>Sin respuesta de %1 tras %n retransmisión. ¿Está el dispositivo en este enlace y encendido?</numerusform>
            <numerusform>Sin respuesta de %1 tras %n retransmisiones. ¿Está el dispositivo en este enlace y encendido?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmissions. Is the device on this link and powered?</source>
        <translation>
            <numerusform>Sin respuesta de %1 tras %n retransmisión. ¿Está el dispositivo en este enlace y encendido?</numerusform>
            <numerusform>Sin respuesta de %1 tras %n retransmisiones. ¿Está el dispositivo en este enlace y encendido?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmission (%2). Is the device on this link and powered?</source>
        <translation>
            <numerusform>Sin respuesta de %1 tras %n retransmisión (%2). ¿Está el dispositivo en este enlace y encendido?</numerusform>
            <numerusform>Sin respuesta de %1 tras %n retransmisiones (%2). ¿Está el dispositivo en este enlace y encendido?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmissions (%2). Is the device on this link and powered?</source>
        <translation>
            <numerusform>Sin respuesta de %1 tras %n retransmisión (%2). ¿Está el dispositivo en este enlace y encendido?</numerusform>
            <numerusform>Sin respuesta de %1 tras %n retransmisiones (%2). ¿Está el dispositivo en este enlace y encendido?</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from %1 within %2. The request was non-confirmable, so it was sent only once; try CON, and check that the device is on this link and powered.</source>
        <translation>Sin respuesta de %1 en %2. La petición era no confirmable (NON), así que se envió una sola vez; pruebe con CON y compruebe que el dispositivo está en este enlace y encendido.</translation>
    </message>
    <message>
        <source>the response timeout</source>
        <translation>el plazo de respuesta</translation>
    </message>
    <message>
        <source>%1 acknowledged the request but sent no response within %2. The device may be busy; try again.</source>
        <translation>%1 confirmó la petición pero no envió respuesta en %2. El dispositivo puede estar ocupado; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 answered with Reset (RST): it got the message but refuses to process it, for example because it restarted or does not understand the request.</source>
        <translation>%1 respondió con Reset (RST): recibió el mensaje pero se niega a procesarlo, por ejemplo porque se reinició o no entiende la petición.</translation>
    </message>
    <message>
        <source>The answer from %1 broke the CoAP rules (for example an unknown critical option) and was rejected.</source>
        <translation>La respuesta de %1 incumplió las reglas de CoAP (por ejemplo, una opción crítica desconocida) y se rechazó.</translation>
    </message>
    <message>
        <source>The block-wise transfer with %1 could not be completed: the device sent an unexpected block. Try a smaller block size, or repeat the request.</source>
        <translation>La transferencia Block-wise con %1 no se pudo completar: el dispositivo envió un bloque inesperado. Pruebe con un tamaño de bloque menor o repita la petición.</translation>
    </message>
    <message>
        <source>The resource %1 changed repeatedly while it was transferred in blocks. Repeat the request.</source>
        <translation>El recurso %1 cambió varias veces mientras se transfería por bloques. Repita la petición.</translation>
    </message>
    <message>
        <source>The request cannot be encoded: the token or an option value is too long. Check the options table.</source>
        <translation>La petición no se puede codificar: el token o el valor de una opción es demasiado largo. Revise la tabla de opciones.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The exchange with %1 failed.</source>
        <translation>Falló el intercambio con %1.</translation>
    </message>
    <message>
        <source>The datagram is shorter than the 4-byte CoAP header.</source>
        <translation>El datagrama es más corto que la cabecera CoAP de 4 bytes.</translation>
    </message>
    <message>
        <source>The datagram is not CoAP version 1.</source>
        <translation>El datagrama no es CoAP versión 1.</translation>
    </message>
    <message>
        <source>The token length is 9 to 15, which CoAP reserves.</source>
        <translation>La longitud del token es de 9 a 15, que CoAP reserva.</translation>
    </message>
    <message>
        <source>The datagram ends inside the token.</source>
        <translation>El datagrama termina dentro del token.</translation>
    </message>
    <message>
        <source>The code uses a reserved class (1, 6 or 7).</source>
        <translation>El código usa una clase reservada (1, 6 o 7).</translation>
    </message>
    <message>
        <source>An empty message (code 0.00) carries a token, options or a payload.</source>
        <translation>Un mensaje vacío (código 0.00) lleva token, opciones o carga útil.</translation>
    </message>
    <message>
        <source>An option uses the reserved delta 15.</source>
        <translation>Una opción usa el delta reservado 15.</translation>
    </message>
    <message>
        <source>An option uses the reserved length 15.</source>
        <translation>Una opción usa la longitud reservada 15.</translation>
    </message>
    <message>
        <source>The datagram ends inside an option.</source>
        <translation>El datagrama termina dentro de una opción.</translation>
    </message>
    <message>
        <source>An option number is above 65535.</source>
        <translation>Un número de opción es mayor que 65535.</translation>
    </message>
    <message>
        <source>The payload marker is followed by nothing.</source>
        <translation>Al marcador de carga útil no le sigue nada.</translation>
    </message>
    <message>
        <source>The datagram is not a valid CoAP message.</source>
        <translation>El datagrama no es un mensaje CoAP válido.</translation>
    </message>
    <message>
        <source>The local port is already used by another program. Choose another port or close that program.</source>
        <translation>El puerto local ya lo usa otro programa. Elija otro puerto o cierre ese programa.</translation>
    </message>
    <message>
        <source>The local address is not available on this computer. Is the interface up?</source>
        <translation>La dirección local no está disponible en este equipo. ¿Está activa la interfaz?</translation>
    </message>
    <message>
        <source>The system did not allow sending to %1 (a firewall, or a broadcast address).</source>
        <translation>El sistema no permitió enviar a %1 (un cortafuegos, o una dirección de difusión).</translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached from this computer. Check the cable, Wi-Fi or VPN.</source>
        <translation>No se puede llegar a la red de %1 desde este equipo. Compruebe el cable, el Wi-Fi o la VPN.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Is the device on this link and powered?</source>
        <translation>No se puede llegar a %1. ¿Está el dispositivo en este enlace y encendido?</translation>
    </message>
    <message>
        <source>The datagram is too large for the network. Use a smaller block size.</source>
        <translation>El datagrama es demasiado grande para la red. Use un tamaño de bloque menor.</translation>
    </message>
    <message>
        <source>The network refused the datagram to %1.</source>
        <translation>La red rechazó el datagrama hacia %1.</translation>
    </message>
    <message>
        <source> (at position %1: “%2”)</source>
        <translation> (en la posición %1: «%2»)</translation>
    </message>
    <message>
        <source> (at the end)</source>
        <translation> (al final)</translation>
    </message>
    <message>
        <source>Type a URI such as coap://192.168.1.20/sensors/temp.</source>
        <translation>Escriba un URI como coap://192.168.1.20/sensors/temp.</translation>
    </message>
    <message>
        <source>The URI must start with coap:// or coaps://, e.g. coap://192.168.1.20/sensors/temp.</source>
        <translation>El URI debe empezar por coap:// o coaps://, p. ej. coap://192.168.1.20/sensors/temp.</translation>
    </message>
    <message>
        <source>Only coap:// and coaps:// URIs can be requested%1.</source>
        <translation>Solo se pueden pedir URI coap:// y coaps://%1.</translation>
    </message>
    <message>
        <source>The URI has no host. Write it as coap://HOST/path, e.g. coap://192.168.1.20/sensors/temp.</source>
        <translation>El URI no tiene host. Escríbalo como coap://HOST/ruta, p. ej. coap://192.168.1.20/sensors/temp.</translation>
    </message>
    <message>
        <source>The host name contains a character that is not allowed%1.</source>
        <translation>El nombre de host contiene un carácter no permitido%1.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535%1.</source>
        <translation>El puerto debe ser un número de 1 a 65535%1.</translation>
    </message>
    <message>
        <source>CoAP URIs cannot have a “#” fragment%1; remove it.</source>
        <translation>Los URI CoAP no pueden tener un fragmento «#»%1; quítelo.</translation>
    </message>
    <message>
        <source>A “%” must be followed by two hex digits%1 (write a literal % as %25).</source>
        <translation>Un «%» debe ir seguido de dos cifras hexadecimales%1 (escriba un % literal como %25).</translation>
    </message>
    <message>
        <source>The IPv6 address is not valid%1. Write it in brackets, e.g. coap://[fe80::1%eth0]/.</source>
        <translation>La dirección IPv6 no es válida%1. Escríbala entre corchetes, p. ej. coap://[fe80::1%eth0]/.</translation>
    </message>
    <message>
        <source>The IPv6 zone after “%” is empty or malformed%1; write the interface name, e.g. %eth0.</source>
        <translation>La zona IPv6 tras «%» está vacía o mal formada%1; escriba el nombre de la interfaz, p. ej. %eth0.</translation>
    </message>
    <message>
        <source>The URI contains a space at position %1; write a space in a path as %20.</source>
        <translation>El URI contiene un espacio en la posición %1; escriba un espacio de una ruta como %20.</translation>
    </message>
    <message>
        <source>The URI contains a character that is not allowed in a path or query%1.</source>
        <translation>El URI contiene un carácter no permitido en una ruta o consulta%1.</translation>
    </message>
    <message>
        <source>The URI is not valid%1.</source>
        <translation>El URI no es válido%1.</translation>
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
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Client error</source>
        <translation>Error del cliente</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problema de red</translation>
    </message>
    <message>
        <source>Unusual code</source>
        <translation>Código inusual</translation>
    </message>
    <message>
        <source>this method</source>
        <translation>este método</translation>
    </message>
    <message>
        <source>Created: the device made a new resource for %1.</source>
        <translation>Created: el dispositivo creó un recurso nuevo para %1.</translation>
    </message>
    <message>
        <source>Deleted: the device removed %1.</source>
        <translation>Deleted: el dispositivo eliminó %1.</translation>
    </message>
    <message>
        <source>Valid: the copy you hold of %1 is still current.</source>
        <translation>Valid: la copia que tiene de %1 sigue vigente.</translation>
    </message>
    <message>
        <source>Changed: the device accepted the request to %1.</source>
        <translation>Changed: el dispositivo aceptó la petición a %1.</translation>
    </message>
    <message>
        <source>Content: the device sent the representation of %1.</source>
        <translation>Content: el dispositivo envió la representación de %1.</translation>
    </message>
    <message>
        <source>Continue: the device is waiting for the next block of the request body.</source>
        <translation>Continue: el dispositivo espera el siguiente bloque del cuerpo de la petición.</translation>
    </message>
    <message>
        <source>Bad Request: the device could not understand the request to %1. Check the options and payload.</source>
        <translation>Bad Request: el dispositivo no pudo entender la petición a %1. Revise las opciones y la carga útil.</translation>
    </message>
    <message>
        <source>Unauthorized: the device wants you to authenticate before it answers for %1.</source>
        <translation>Unauthorized: el dispositivo quiere que se autentique antes de responder por %1.</translation>
    </message>
    <message>
        <source>Bad Option: the device does not understand a critical option of the request. Remove it or check its value.</source>
        <translation>Bad Option: el dispositivo no entiende una opción crítica de la petición. Quítela o revise su valor.</translation>
    </message>
    <message>
        <source>Forbidden: the device refuses access to %1.</source>
        <translation>Forbidden: el dispositivo deniega el acceso a %1.</translation>
    </message>
    <message>
        <source>Not Found: the device has no resource at %1</source>
        <translation>Not Found: el dispositivo no tiene ningún recurso en %1</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 does not accept %2.</source>
        <translation>Method Not Allowed: %1 no acepta %2.</translation>
    </message>
    <message>
        <source>Not Acceptable: the device cannot answer for %1 in the format asked for by Accept.</source>
        <translation>Not Acceptable: el dispositivo no puede responder por %1 en el formato pedido con Accept.</translation>
    </message>
    <message>
        <source>Request Entity Incomplete: the device is missing blocks of the request body. Repeat the request.</source>
        <translation>Request Entity Incomplete: al dispositivo le faltan bloques del cuerpo de la petición. Repita la petición.</translation>
    </message>
    <message>
        <source>Conflict: the request conflicts with the current state of %1.</source>
        <translation>Conflict: la petición entra en conflicto con el estado actual de %1.</translation>
    </message>
    <message>
        <source>Precondition Failed: the If-Match or If-None-Match condition did not hold for %1.</source>
        <translation>Precondition Failed: la condición If-Match o If-None-Match no se cumplió para %1.</translation>
    </message>
    <message>
        <source>Request Entity Too Large: the payload is larger than the device accepts. Try a smaller block size.</source>
        <translation>Request Entity Too Large: la carga útil es mayor de lo que acepta el dispositivo. Pruebe con un tamaño de bloque menor.</translation>
    </message>
    <message>
        <source>Unsupported Content-Format: %1 does not accept a payload in this format.</source>
        <translation>Unsupported Content-Format: %1 no acepta una carga útil en este formato.</translation>
    </message>
    <message>
        <source>Unprocessable Entity: the device understood the payload for %1 but cannot act on its content.</source>
        <translation>Unprocessable Entity: el dispositivo entendió la carga útil para %1 pero no puede actuar según su contenido.</translation>
    </message>
    <message>
        <source>Too Many Requests: the device asks you to wait before trying again (see Max-Age).</source>
        <translation>Too Many Requests: el dispositivo pide que espere antes de volver a intentarlo (vea Max-Age).</translation>
    </message>
    <message>
        <source>Internal Server Error: the device failed while handling the request to %1.</source>
        <translation>Internal Server Error: el dispositivo falló al tratar la petición a %1.</translation>
    </message>
    <message>
        <source>Not Implemented: the device does not support %1.</source>
        <translation>Not Implemented: el dispositivo no admite %1.</translation>
    </message>
    <message>
        <source>Bad Gateway: the proxy got an invalid answer from the device behind it.</source>
        <translation>Bad Gateway: el proxy recibió una respuesta no válida del dispositivo que tiene detrás.</translation>
    </message>
    <message>
        <source>Service Unavailable: the device cannot answer right now; try again later (see Max-Age).</source>
        <translation>Service Unavailable: el dispositivo no puede responder ahora; vuelva a intentarlo más tarde (vea Max-Age).</translation>
    </message>
    <message>
        <source>Gateway Timeout: the proxy got no answer in time from the device behind it.</source>
        <translation>Gateway Timeout: el proxy no recibió a tiempo respuesta del dispositivo que tiene detrás.</translation>
    </message>
    <message>
        <source>Proxying Not Supported: the device is not a proxy for this URI.</source>
        <translation>Proxying Not Supported: el dispositivo no es proxy para este URI.</translation>
    </message>
    <message>
        <source>Hop Limit Reached: the request went through too many proxies (a loop?).</source>
        <translation>Hop Limit Reached: la petición pasó por demasiados proxies (¿un bucle?).</translation>
    </message>
    <message>
        <source>%1: the device accepted the request to %2.</source>
        <translation>%1: el dispositivo aceptó la petición a %2.</translation>
    </message>
    <message>
        <source>%1: the device rejected the request to %2 as faulty.</source>
        <translation>%1: el dispositivo rechazó la petición a %2 por defectuosa.</translation>
    </message>
    <message>
        <source>%1: the device failed to handle the request to %2.</source>
        <translation>%1: el dispositivo falló al tratar la petición a %2.</translation>
    </message>
    <message>
        <source>%1: the device answered with a code that is not a response code.</source>
        <translation>%1: el dispositivo respondió con un código que no es un código de respuesta.</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation>JSON no válido en %1: %2.</translation>
    </message>
    <message>
        <source>The payload is empty, so it holds no CBOR item.</source>
        <translation>La carga útil está vacía, así que no contiene ningún elemento CBOR.</translation>
    </message>
    <message>
        <source>the data ends inside an item</source>
        <translation>los datos terminan dentro de un elemento</translation>
    </message>
    <message>
        <source>a break byte (0xff) appears outside an indefinite-length item</source>
        <translation>aparece un byte de ruptura (0xff) fuera de un elemento de longitud indefinida</translation>
    </message>
    <message>
        <source>a reserved encoding is used</source>
        <translation>se usa una codificación reservada</translation>
    </message>
    <message>
        <source>a text string is not valid UTF-8</source>
        <translation>una cadena de texto no es UTF-8 válido</translation>
    </message>
    <message>
        <source>a map has the same key twice</source>
        <translation>un mapa tiene la misma clave dos veces</translation>
    </message>
    <message>
        <source>the items are nested too deeply</source>
        <translation>los elementos están anidados a demasiada profundidad</translation>
    </message>
    <message>
        <source>there are bytes after the single top-level item</source>
        <translation>hay bytes después del único elemento de nivel superior</translation>
    </message>
    <message>
        <source>Not valid CBOR at byte %1: %2.</source>
        <translation>CBOR no válido en el byte %1: %2.</translation>
    </message>
    <message>
        <source>the text ends inside a value</source>
        <translation>el texto termina dentro de un valor</translation>
    </message>
    <message>
        <source>unexpected character (a missing comma, colon or bracket?)</source>
        <translation>carácter inesperado (¿falta una coma, dos puntos o un corchete?)</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>no es un número válido</translation>
    </message>
    <message>
        <source>a string has a bad escape or no closing quote</source>
        <translation>una cadena tiene un escape incorrecto o no tiene comillas de cierre</translation>
    </message>
    <message>
        <source>h&apos;..&apos; needs an even number of hex digits</source>
        <translation>h&apos;..&apos; necesita un número par de cifras hexadecimales</translation>
    </message>
    <message>
        <source>b64&apos;..&apos; is not base64</source>
        <translation>b64&apos;..&apos; no es base64</translation>
    </message>
    <message>
        <source>simple(n) must be 0..23 or 32..255</source>
        <translation>simple(n) debe estar entre 0..23 o 32..255</translation>
    </message>
    <message>
        <source>(_ ...) must hold only byte strings or only text strings</source>
        <translation>(_ ...) debe contener solo cadenas de bytes o solo cadenas de texto</translation>
    </message>
    <message>
        <source>the values are nested too deeply</source>
        <translation>los valores están anidados a demasiada profundidad</translation>
    </message>
    <message>
        <source>there is more text after the value</source>
        <translation>hay más texto después del valor</translation>
    </message>
    <message>
        <source>Not valid JSON or CBOR diagnostic notation: %1.</source>
        <translation>No es JSON ni notación de diagnóstico CBOR válida: %1.</translation>
    </message>
    <message>
        <source>Not valid JSON or CBOR diagnostic notation at %1: %2.</source>
        <translation>No es JSON ni notación de diagnóstico CBOR válida en %1: %2.</translation>
    </message>
    <message>
        <source>Not valid SenML: the payload is not JSON.</source>
        <translation>SenML no válido: la carga útil no es JSON.</translation>
    </message>
    <message>
        <source>Not valid SenML: the payload is not one CBOR item.</source>
        <translation>SenML no válido: la carga útil no es un único elemento CBOR.</translation>
    </message>
    <message>
        <source>Not valid SenML: a pack must be an array of records.</source>
        <translation>SenML no válido: un paquete debe ser un array de registros.</translation>
    </message>
    <message>
        <source>Not valid SenML: the pack has no records.</source>
        <translation>SenML no válido: el paquete no tiene registros.</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>field “%1” has the wrong type</source>
        <translation>el campo «%1» tiene el tipo equivocado</translation>
    </message>
    <message>
        <source>it has more than one of v, vs, vb, vd</source>
        <translation>tiene más de uno de v, vs, vb, vd</translation>
    </message>
    <message>
        <source>it has neither a value nor a sum</source>
        <translation>no tiene ni valor ni suma</translation>
    </message>
    <message>
        <source>its name is empty or has characters SenML does not allow</source>
        <translation>su nombre está vacío o tiene caracteres que SenML no permite</translation>
    </message>
    <message>
        <source>vd is not base64url</source>
        <translation>vd no es base64url</translation>
    </message>
    <message>
        <source>it has a field “%1” that must be understood</source>
        <translation>tiene un campo «%1» que debe entenderse</translation>
    </message>
    <message>
        <source>its version is newer than 10</source>
        <translation>su versión es posterior a la 10</translation>
    </message>
    <message>
        <source>its version differs from the other records</source>
        <translation>su versión difiere de la de los otros registros</translation>
    </message>
    <message>
        <source>Not valid SenML: record %1: %2.</source>
        <translation>SenML no válido: registro %1: %2.</translation>
    </message>
    <message>
        <source>a link must start with “&lt;”</source>
        <translation>un enlace debe empezar por «&lt;»</translation>
    </message>
    <message>
        <source>the link target has no closing “&gt;”</source>
        <translation>el destino del enlace no tiene «&gt;» de cierre</translation>
    </message>
    <message>
        <source>an empty entry between commas</source>
        <translation>una entrada vacía entre comas</translation>
    </message>
    <message>
        <source>a bad attribute name</source>
        <translation>un nombre de atributo incorrecto</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>un atributo sin valor</translation>
    </message>
    <message>
        <source>a bad attribute value</source>
        <translation>un valor de atributo incorrecto</translation>
    </message>
    <message>
        <source>a quoted string without the closing quote</source>
        <translation>una cadena entre comillas sin la comilla de cierre</translation>
    </message>
    <message>
        <source>unexpected characters after a link (a missing “,” or “;”?)</source>
        <translation>caracteres inesperados tras un enlace (¿falta una «,» o un «;»?)</translation>
    </message>
    <message>
        <source>an attribute value of the wrong form</source>
        <translation>un valor de atributo con una forma incorrecta</translation>
    </message>
    <message>
        <source>Not valid link format at byte %1: %2.</source>
        <translation>Formato de enlace no válido en el byte %1: %2.</translation>
    </message>
    <message>
        <source>%1 sent a block shorter than its block size while announcing more blocks. The transfer was stopped rather than asking again and again; the device misreads RFC 7959 (some answer an empty block). Try a fixed block size in the request.</source>
        <translation>%1 envió un bloque más corto que su tamaño de bloque mientras anunciaba más bloques. Se detuvo la transferencia en lugar de pedirlo una y otra vez; el dispositivo interpreta mal la RFC 7959 (algunos responden con un bloque vacío). Pruebe un tamaño de bloque fijo en la petición.</translation>
    </message>
    <message>
        <source>The answer from %1 grew past the largest body this tool accepts; the transfer was stopped.</source>
        <translation>La respuesta de %1 superó la mayor carga útil que acepta esta herramienta; se detuvo la transferencia.</translation>
    </message>
    <message>
        <source>%1 kept answering without progress, so the exchange was stopped to avoid flooding the device.</source>
        <translation>%1 siguió respondiendo sin avanzar, así que se detuvo el intercambio para no saturar el dispositivo.</translation>
    </message>
    <message>
        <source>The answer from %1 carries a critical option that this tool does not implement (for example OSCORE or Q-Block), so its payload cannot be shown as a plain body.</source>
        <translation>La respuesta de %1 lleva una opción crítica que esta herramienta no implementa (por ejemplo OSCORE o Q-Block), así que su carga útil no puede mostrarse como contenido simple.</translation>
    </message>
    <message>
        <source>The resource %1 changed again after the block-wise transfer had started over for its new version. Repeat the request when it changes less often.</source>
        <translation>El recurso %1 volvió a cambiar después de que la transferencia Block-wise empezara de nuevo para su nueva versión. Repita la petición cuando cambie con menos frecuencia.</translation>
    </message>
    <message>
        <source>%1 broke the CoAP rules in a way that trying again cannot fix; the exchange was stopped.</source>
        <translation>%1 incumplió las reglas de CoAP de una forma que reintentar no puede arreglar; se detuvo el intercambio.</translation>
    </message>
    <message>
        <source>Nothing listens on the port of %1: its system answered “port unreachable”. Check the port number, and that the CoAP service on the device is running.</source>
        <translation>Nada escucha en el puerto de %1: su sistema respondió «puerto inalcanzable». Compruebe el número de puerto y que el servicio CoAP del dispositivo esté en marcha.</translation>
    </message>
    <message>
        <source>The proxy URI is empty.</source>
        <translation>La URI del proxy está vacía.</translation>
    </message>
    <message>
        <source>The proxy URI is not usable: %1</source>
        <extracomment>%1 why the URI is not valid</extracomment>
        <translation>La URI del proxy no se puede usar: %1</translation>
    </message>
    <message>
        <source>A proxy is only a host and a port, such as coap://10.0.0.1:5683; the path belongs in the request&apos;s URI.</source>
        <translation>Un proxy es solo un host y un puerto, como coap://10.0.0.1:5683; la ruta va en la URI de la petición.</translation>
    </message>
    <message>
        <source>The URI names an IPv6 zone (%eth0), which means nothing to the proxy; use the device&apos;s global address, or send without the proxy.</source>
        <translation>La URI indica una zona IPv6 (%eth0), que no significa nada para el proxy; use la dirección global del dispositivo o envíe sin proxy.</translation>
    </message>
    <message>
        <source>The URI is longer than a Proxy-Uri option can hold (1034 bytes); choose Proxy-Scheme in Settings.</source>
        <translation>La URI es más larga de lo que cabe en una opción Proxy-Uri (1034 bytes); elija Proxy-Scheme en Ajustes.</translation>
    </message>
    <message>
        <source>Bad Gateway: the proxy %1 could not get a valid answer from %2. The device may be off, or nothing serves CoAP at that address and port.</source>
        <translation>Bad Gateway: el proxy %1 no obtuvo una respuesta válida de %2. Puede que el dispositivo esté apagado o que nada sirva CoAP en esa dirección y puerto.</translation>
    </message>
    <message>
        <source>Gateway Timeout: the proxy %1 got no answer from %2 in time. The device may be off, asleep or out of the proxy&apos;s reach.</source>
        <translation>Gateway Timeout: el proxy %1 no recibió respuesta de %2 a tiempo. Puede que el dispositivo esté apagado, dormido o fuera del alcance del proxy.</translation>
    </message>
    <message>
        <source>Proxying Not Supported: %1 does not forward this request. It is no proxy, or not for this kind of URI; check the proxy in Settings or the device&apos;s proxy.</source>
        <translation>Proxying Not Supported: %1 no reenvía esta petición. No es un proxy, o no para este tipo de URI; revise el proxy en Ajustes o el proxy del dispositivo.</translation>
    </message>
    <message>
        <source>via proxy %1 (%2)</source>
        <extracomment>%1 the proxy&apos;s address, %2 the option that names the device: Proxy-Uri or Proxy-Scheme</extracomment>
        <translation>vía proxy %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <source>Message log</source>
        <translation>Registro de mensajes</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>The simulated devices could not start: %1</source>
        <translation>No se pudieron iniciar los dispositivos simulados: %1</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n simulated device(s) on this computer</source>
        <translation>
            <numerusform>Demo: %n dispositivo simulado en este equipo</numerusform>
            <numerusform>Demo: %n dispositivos simulados en este equipo</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>C&amp;hart this resource</source>
        <translation>Represen&amp;tar este recurso</translation>
    </message>
    <message>
        <source>Plot the values of the resource in the form in the Charts panel; it is observed if it is not yet</source>
        <translation>Representar los valores del recurso del formulario en el panel Gráficos; se observa si aún no se está observando</translation>
    </message>
    <message>
        <source>&amp;Monitor view</source>
        <translation>Vista de &amp;monitor</translation>
    </message>
    <message>
        <source>Give the charts the whole window for watching, and back (Ctrl+Shift+M)</source>
        <translation>Dar a los gráficos toda la ventana para vigilar, y volver (Ctrl+Mayús+M)</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) were running when CoAP Explorer closed. Observe them again?</source>
        <translation>
            <numerusform>Había %n observación en curso cuando se cerró CoAP Explorer. ¿Volver a observarla?</numerusform>
            <numerusform>Había %n observaciones en curso cuando se cerró CoAP Explorer. ¿Volver a observarlas?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Close the charts</source>
        <translation>Cerrar los gráficos</translation>
    </message>
    <message numerus="yes">
        <source>The charts observe %n resource(s). Stop these observations?</source>
        <translation>
            <numerusform>Los gráficos observan %n recurso. ¿Detener esta observación?</numerusform>
            <numerusform>Los gráficos observan %n recursos. ¿Detener estas observaciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations the request form shows keep running.</source>
        <translation>Las observaciones que muestra el formulario de petición siguen en curso.</translation>
    </message>
    <message>
        <source>&amp;Stop observing</source>
        <translation>&amp;Dejar de observar</translation>
    </message>
    <message>
        <source>&amp;Keep observing</source>
        <translation>&amp;Seguir observando</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Abrir captura</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Capturas (*.pcap *.pcapng *.cap *.dmp);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>No chartable value in the %n notification(s) of %1</source>
        <translation>
            <numerusform>Ningún valor graficable en la %n notificación de %1</numerusform>
            <numerusform>Ningún valor graficable en las %n notificaciones de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;capture…</source>
        <translation>Abrir &amp;captura…</translation>
    </message>
    <message>
        <source>Open a pcap or pcapng capture (tcpdump, Wireshark) and show its CoAP datagrams</source>
        <translation>Abrir una captura pcap o pcapng (tcpdump, Wireshark) y mostrar sus datagramas CoAP</translation>
    </message>
</context>
<context>
    <name>GatewayDialog</name>
    <message>
        <source>Serve devices over HTTP</source>
        <translation>Servir dispositivos por HTTP</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Leer:</translation>
    </message>
    <message>
        <source>Watch:</source>
        <translation>Observar:</translation>
    </message>
    <message>
        <source>Methods, Content-Type, Accept and ETags are passed on; a device that does not answer gives 504, one that cannot be reached 502. With Accept: text/event-stream a GET observes the resource and sends each notification as an event.</source>
        <translation>Se transmiten los métodos, Content-Type, Accept y los ETags; un dispositivo que no responde da 504 y uno inalcanzable, 502. Con Accept: text/event-stream, un GET observa el recurso y envía cada notificación como un evento.</translation>
    </message>
    <message>
        <source>&amp;Stop serving</source>
        <translation>&amp;Dejar de servir</translation>
    </message>
    <message>
        <source>The devices this window reaches are served at &lt;b&gt;%1&lt;/b&gt;/coap://&lt;i&gt;device&lt;/i&gt;/&lt;i&gt;path&lt;/i&gt;. Only programs on this computer can connect (loopback).</source>
        <translation>Los dispositivos que alcanza esta ventana se sirven en &lt;b&gt;%1&lt;/b&gt;/coap://&lt;i&gt;dispositivo&lt;/i&gt;/&lt;i&gt;ruta&lt;/i&gt;. Solo los programas de este ordenador pueden conectarse (loopback).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>GatewayPart</name>
    <message>
        <source>Let curl, a browser or a script on this computer reach the devices: http://127.0.0.1:8080/coap://device/path (RFC 8075)</source>
        <translation>Permite que curl, un navegador o un script de este ordenador lleguen a los dispositivos: http://127.0.0.1:8080/coap://dispositivo/ruta (RFC 8075)</translation>
    </message>
    <message>
        <source>Serve devices over HTTP</source>
        <translation>Servir dispositivos por HTTP</translation>
    </message>
    <message>
        <source>The devices are served over HTTP here; click for examples</source>
        <translation>Los dispositivos se sirven aquí por HTTP; haga clic para ver ejemplos</translation>
    </message>
    <message>
        <source>The HTTP gateway could not start: %1</source>
        <translation>No se pudo iniciar el gateway HTTP: %1</translation>
    </message>
    <message>
        <source>HTTP: %1</source>
        <translation>HTTP: %1</translation>
    </message>
    <message>
        <source>event streams: %1</source>
        <translation>flujos de eventos: %1</translation>
    </message>
    <message>
        <source>Ser&amp;ve devices over HTTP</source>
        <translation>Servir dispositivos por &amp;HTTP</translation>
    </message>
    <message>
        <source>HTTP Gateway Add&amp;ress…</source>
        <translation>Dirección de&amp;l gateway HTTP…</translation>
    </message>
</context>
<context>
    <name>InlineBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Ocultar mensaje</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
        <translation>sin socket</translation>
    </message>
    <message>
        <source>UDP port %1</source>
        <translation>puerto UDP %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Settings: transmission parameters, block size, discovery, language</source>
        <translation>Configuración: parámetros de transmisión, tamaño de bloque, descubrimiento, idioma</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Enviar la petición (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running exchange or observation (Esc)</source>
        <translation>Cancelar el intercambio o la observación en curso (Esc)</translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation>&amp;Observar</translation>
    </message>
    <message>
        <source>Observe the resource: the device sends every change (Ctrl+O)</source>
        <translation>Observar el recurso: el dispositivo envía cada cambio (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Descubrir</translation>
    </message>
    <message>
        <source>Ask the local network which CoAP devices are there (Ctrl+D)</source>
        <translation>Preguntar a la red local qué dispositivos CoAP hay (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>&amp;Añadir dispositivo…</translation>
    </message>
    <message>
        <source>Add a device by its address</source>
        <translation>Añadir un dispositivo por su dirección</translation>
    </message>
    <message>
        <source>&amp;About CoAP Explorer</source>
        <translation>&amp;Acerca de CoAP Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Petición</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
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
        <translation>&amp;Dispositivos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>No devices yet.

Press Discover (Ctrl+D) to ask the local network, or Add device… to enter an address.</source>
        <translation>Todavía no hay dispositivos.

Pulse Descubrir (Ctrl+D) para preguntar a la red local, o Añadir dispositivo… para escribir una dirección.</translation>
    </message>
    <message numerus="yes">
        <source>%n device</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange</source>
        <translation>
            <numerusform>%n intercambio</numerusform>
            <numerusform>%n intercambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n intercambio</numerusform>
            <numerusform>%n intercambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmission</source>
        <translation>
            <numerusform>%n retransmisión</numerusform>
            <numerusform>%n retransmisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmissions</source>
        <translation>
            <numerusform>%n retransmisión</numerusform>
            <numerusform>%n retransmisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation</source>
        <translation>
            <numerusform>%n observación</numerusform>
            <numerusform>%n observaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observations</source>
        <translation>
            <numerusform>%n observación</numerusform>
            <numerusform>%n observaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Observing uses GET.</source>
        <translation>Observar usa GET.</translation>
    </message>
    <message>
        <source>Observing %1 — waiting for the first notification…</source>
        <translation>Observando %1 — esperando la primera notificación…</translation>
    </message>
    <message>
        <source>%1 %2 — waiting for an answer…</source>
        <translation>%1 %2 — esperando una respuesta…</translation>
    </message>
    <message>
        <source>observing, notification %1</source>
        <translation>observando, notificación %1</translation>
    </message>
    <message>
        <source>observation cancelled</source>
        <translation>observación cancelada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Cancelled before an answer arrived.</source>
        <translation>Cancelado antes de que llegara una respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>observation ended after %n notification</source>
        <translation>
            <numerusform>observación terminada tras %n notificación</numerusform>
            <numerusform>observación terminada tras %n notificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>observation ended after %n notifications</source>
        <translation>
            <numerusform>observación terminada tras %n notificación</numerusform>
            <numerusform>observación terminada tras %n notificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange ended without an answer.</source>
        <translation>El intercambio terminó sin respuesta.</translation>
    </message>
    <message>
        <source>Resume o&amp;bservation of %1</source>
        <translation>Reanudar la o&amp;bservación de %1</translation>
    </message>
    <message>
        <source>&amp;Save payload…</source>
        <translation>&amp;Guardar carga útil…</translation>
    </message>
    <message>
        <source>Go to the &amp;URI field</source>
        <translation>Ir al campo &amp;URI</translation>
    </message>
    <message>
        <source>Add &amp;option</source>
        <translation>Añadir &amp;opción</translation>
    </message>
    <message>
        <source>Clear URI &amp;history</source>
        <translation>Borrar el &amp;historial de URI</translation>
    </message>
    <message>
        <source>&amp;Repeat request</source>
        <translation>&amp;Repetir la petición</translation>
    </message>
    <message>
        <source>Resume o&amp;bservation</source>
        <translation>Reanudar la o&amp;bservación</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Discovery &amp;settings…</source>
        <translation>&amp;Configuración del descubrimiento…</translation>
    </message>
    <message>
        <source>Stop &amp;observing</source>
        <translation>Dejar de &amp;observar</translation>
    </message>
    <message>
        <source>End the observation of this resource; the device is told (Ctrl+O)</source>
        <translation>Terminar la observación de este recurso; se avisa al dispositivo (Ctrl+O)</translation>
    </message>
    <message>
        <source>%1 %2 — no answer yet: retransmission %3 of %4, gives up in about %5. Esc cancels.</source>
        <extracomment>%1 method, %2 URI, %3 the retransmission number, %4 how many there are at most, %5 a duration such as &quot;70 s&quot;</extracomment>
        <translation>%1 %2 — todavía sin respuesta: retransmisión %3 de %4, se abandona en unos %5. Esc cancela.</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <extracomment>%1 the address of the forward proxy the request went to</extracomment>
        <translation>el proxy %1</translation>
    </message>
    <message>
        <source>Cop&amp;y as</source>
        <translation>Cop&amp;iar como</translation>
    </message>
    <message>
        <source>Copy the request in the form as a command line for another tool</source>
        <translation>Copiar la solicitud del formulario como línea de comandos para otra herramienta</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>→ sent</source>
        <translation>→ enviado</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← recibido</translation>
    </message>
    <message>
        <source>Confirmable</source>
        <translation>Confirmable</translation>
    </message>
    <message>
        <source>Non-confirmable</source>
        <translation>No confirmable</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Confirmación (ACK)</translation>
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
        <translation>mal formado: %1</translation>
    </message>
    <message>
        <source>retransmission %1</source>
        <translation>retransmisión %1</translation>
    </message>
    <message>
        <source>duplicate: reply sent again</source>
        <translation>duplicado: respuesta reenviada</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>%1 (engine clock %2 ms)</source>
        <translation>%1 (reloj del motor %2 ms)</translation>
    </message>
    <message>
        <source>Empty message (0.00)</source>
        <translation>Mensaje vacío (0.00)</translation>
    </message>
    <message>
        <source>Request %1 (%2)</source>
        <translation>Petición %1 (%2)</translation>
    </message>
    <message>
        <source>%1: success</source>
        <translation>%1: éxito</translation>
    </message>
    <message>
        <source>%1: client error</source>
        <translation>%1: error del cliente</translation>
    </message>
    <message>
        <source>%1: server error</source>
        <translation>%1: error del servidor</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Sin token</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Token de %1</translation>
    </message>
    <message>
        <source>Round-trip time since the first transmission of the request</source>
        <translation>Tiempo de ida y vuelta desde la primera transmisión de la petición</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 Found at byte %2.</source>
        <translation>%1 Encontrado en el byte %2.</translation>
    </message>
    <message>
        <source>Sent again because no acknowledgement came in time (RFC 7252 §4.2).</source>
        <translation>Reenviado porque no llegó a tiempo ninguna confirmación (RFC 7252 §4.2).</translation>
    </message>
    <message>
        <source>The peer repeated a message; the same reply was sent again (RFC 7252 §4.5).</source>
        <translation>El otro extremo repitió un mensaje; se reenvió la misma respuesta (RFC 7252 §4.5).</translation>
    </message>
    <message>
        <source>The same message arrived again; it was acted on once only (RFC 7252 §4.5).</source>
        <translation>El mismo mensaje volvió a llegar; se procesó una sola vez (RFC 7252 §4.5).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Extremo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
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
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Wall-clock time when the datagram was logged</source>
        <translation>Hora del reloj cuando se registró el datagrama</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID de mensaje (Message ID)</translation>
    </message>
    <message>
        <source>Size of the whole datagram in bytes</source>
        <translation>Tamaño del datagrama completo en bytes</translation>
    </message>
    <message>
        <source>Round-trip time of a response or acknowledgement</source>
        <translation>Tiempo de ida y vuelta de una respuesta o confirmación</translation>
    </message>
    <message>
        <source>Retransmissions, duplicates and decoding errors</source>
        <translation>Retransmisiones, duplicados y errores de decodificación</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
</context>
<context>
    <name>MessageLogView</name>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Show the datagrams of one device only</source>
        <translation>Mostrar solo los datagramas de un dispositivo</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Todos los dispositivos</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
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
        <translation>Mal formados</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <source>Retransmissions, duplicates, resets, malformed datagrams and 4.xx/5.xx answers</source>
        <translation>Retransmisiones, duplicados, resets, datagramas mal formados y respuestas 4.xx/5.xx</translation>
    </message>
    <message>
        <source>Show one message type only, or only what looks wrong</source>
        <translation>Mostrar solo un tipo de mensaje, o solo lo que parece incorrecto</translation>
    </message>
    <message>
        <source>Filter by peer, code, token, options or payload (Ctrl+F)</source>
        <translation>Filtrar por extremo, código, token, opciones o carga útil (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the datagrams whose peer, code, token, options or payload text contain this text. Esc clears it.</source>
        <translation>Muestra los datagramas cuyo extremo, código, token, opciones o texto de carga útil contienen este texto. Esc lo borra.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Hold new datagrams back so that the list stands still; they are still recorded and appear when you resume</source>
        <translation>Retener los datagramas nuevos para que la lista no se mueva; se siguen registrando y aparecen al reanudar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Remove every datagram from the log and reset the counters</source>
        <translation>Quitar todos los datagramas del registro y poner a cero los contadores</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Hex dump</source>
        <translation>Volcado hexadecimal</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensajes</translation>
    </message>
    <message>
        <source>Decoded datagram</source>
        <translation>Datagrama decodificado</translation>
    </message>
    <message>
        <source>Hex dump of the datagram</source>
        <translation>Volcado hexadecimal del datagrama</translation>
    </message>
    <message>
        <source>No datagrams</source>
        <translation>Sin datagramas</translation>
    </message>
    <message>
        <source>Datagrams: %1</source>
        <translation>Datagramas: %1</translation>
    </message>
    <message>
        <source>None of %1 match the filter</source>
        <translation>Ninguno de %1 coincide con el filtro</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <source>paused, %1 held back</source>
        <translation>en pausa, %1 retenidos</translation>
    </message>
    <message>
        <source>(no longer in the log)</source>
        <translation>(ya no está en el registro)</translation>
    </message>
    <message>
        <source>%1 %2 %3, MID %4 at %5</source>
        <translation>%1 %2 %3, MID %4 a las %5</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>malformed datagram at %1</source>
        <translation>datagrama mal formado a las %1</translation>
    </message>
    <message>
        <source>(held back while paused)</source>
        <translation>(retenido durante la pausa)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>%1 · engine clock %2 ms · %3</source>
        <translation>%1 · reloj del motor %2 ms · %3</translation>
    </message>
    <message>
        <source>Malformed.</source>
        <translation>Mal formado.</translation>
    </message>
    <message>
        <source>%1 Found at byte %2.</source>
        <translation>%1 Encontrado en el byte %2.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID de mensaje</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>No options</source>
        <translation>Sin opciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>No payload</source>
        <translation>Sin carga útil</translation>
    </message>
    <message>
        <source>Content-Format %1</source>
        <translation>Content-Format %1</translation>
    </message>
    <message>
        <source>Not UTF-8 text; see the hex dump.</source>
        <translation>No es texto UTF-8; vea el volcado hexadecimal.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Tiempo de ida y vuelta</translation>
    </message>
    <message>
        <source>%1 (since the first transmission)</source>
        <translation>%1 (desde la primera transmisión)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Reset by</source>
        <translation>Reset por</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Confirmado por</translation>
    </message>
    <message>
        <source>Retransmission of</source>
        <translation>Retransmisión de</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplicado de</translation>
    </message>
    <message>
        <source>Other repeats</source>
        <translation>Otras repeticiones</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Retransmisiones</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>cabecera %1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>token %1</translation>
    </message>
    <message>
        <source>options %1</source>
        <translation>opciones %1</translation>
    </message>
    <message>
        <source>payload marker %1</source>
        <translation>marcador de carga útil %1</translation>
    </message>
    <message>
        <source>payload %1</source>
        <translation>carga útil %1</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>No datagrams yet. Every datagram the app sends or receives shows here: send a request or start a discovery.</source>
        <translation>Todavía no hay datagramas. Aquí aparece cada datagrama que la aplicación envía o recibe: envíe una petición o inicie un descubrimiento.</translation>
    </message>
    <message>
        <source>Select a datagram to see it decoded and in hex, with its request or response and its retransmissions.</source>
        <translation>Seleccione un datagrama para verlo decodificado y en hexadecimal, con su petición o respuesta y sus retransmisiones.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Go to &amp;request</source>
        <translation>Ir a la &amp;petición</translation>
    </message>
    <message>
        <source>Go to &amp;response</source>
        <translation>Ir a la &amp;respuesta</translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation>Copiar como &amp;hexadecimal</translation>
    </message>
    <message>
        <source>Clear &amp;filter</source>
        <translation>Quitar el &amp;filtro</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Keep the newest datagram in view; stops while a row is selected or the list is scrolled up</source>
        <translation>Mantiene visible el datagrama más reciente; se detiene al seleccionar una fila o al desplazar la lista hacia arriba</translation>
    </message>
    <message>
        <source>All rows as &amp;CSV…</source>
        <translation>Todas las filas como &amp;CSV…</translation>
    </message>
    <message>
        <source>All rows as &amp;JSON…</source>
        <translation>Todas las filas como &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Filtered rows as CSV…</source>
        <translation>Filas &amp;filtradas como CSV…</translation>
    </message>
    <message>
        <source>Filtered rows as JS&amp;ON…</source>
        <translation>Filas filtradas como JS&amp;ON…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a device in the log&apos;s device filter: %1 its name, %2 its address</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Export filtered rows</source>
        <translation>Exportar las filas filtradas</translation>
    </message>
    <message>
        <source>Export all rows</source>
        <translation>Exportar todas las filas</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Show only &amp;this device</source>
        <translation>Mostrar solo es&amp;te dispositivo</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>All rows as &amp;pcapng (Wireshark)…</source>
        <translation>Todas las filas como &amp;pcapng (Wireshark)…</translation>
    </message>
    <message>
        <source>Filtered rows as pc&amp;apng (Wireshark)…</source>
        <translation>Filas filtradas como pc&amp;apng (Wireshark)…</translation>
    </message>
    <message>
        <source>Wireshark captures (*.pcapng)</source>
        <translation>Capturas de Wireshark (*.pcapng)</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>Copiar co&amp;mo</translation>
    </message>
    <message>
        <source>Chart this res&amp;ource</source>
        <translation>Graficar este rec&amp;urso</translation>
    </message>
    <message>
        <source>Save the log as CSV, JSON or pcapng (Wireshark)</source>
        <translation>Guardar el registro como CSV, JSON o pcapng (Wireshark)</translation>
    </message>
</context>
<context>
    <name>ObservationHub</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: telling the device…</source>
        <translation>deteniendo: avisando al dispositivo…</translation>
    </message>
    <message>
        <source>waiting for the first notification…</source>
        <translation>esperando la primera notificación…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the time of day of the last notification, %2 the start of its payload</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Last notification</source>
        <translation>Última notificación</translation>
    </message>
</context>
<context>
    <name>ObservationsPanel</name>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Stop observing</source>
        <translation>Dejar de observar</translation>
    </message>
    <message>
        <source>End the selected observations; the devices are told (Delete)</source>
        <translation>Terminar las observaciones seleccionadas; se avisa a los dispositivos (Supr)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Detener todas</translation>
    </message>
    <message>
        <source>End every running observation</source>
        <translation>Terminar todas las observaciones en curso</translation>
    </message>
    <message>
        <source>Nothing is observed. Right-click a resource and choose Observe or Chart.</source>
        <translation>No se observa nada. Haga clic derecho en un recurso y elija Observar o Gráfico.</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) running</source>
        <translation>
            <numerusform>%n observación en curso</numerusform>
            <numerusform>%n observaciones en curso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsItemDelegate</name>
    <message>
        <source>name or number</source>
        <translation>nombre o número</translation>
    </message>
</context>
<context>
    <name>OptionsTableModel</name>
    <message>
        <source>text, or bytes in hex after 0x</source>
        <translation>texto, o bytes en hexadecimal tras 0x</translation>
    </message>
    <message>
        <source>a content format: a number or a media type such as application/json</source>
        <translation>un formato de contenido: un número o un tipo de medio como application/json</translation>
    </message>
    <message>
        <source>NUM/MORE/SIZE, e.g. 0/0/64</source>
        <translation>NUM/MORE/SIZE, p. ej. 0/0/64</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>a number from 0 to %1</source>
        <translation>un número de 0 a %1</translation>
    </message>
    <message numerus="yes">
        <source>text of %n byte</source>
        <translation>
            <numerusform>texto de %n byte</numerusform>
            <numerusform>texto de %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of %n bytes</source>
        <translation>
            <numerusform>texto de %n byte</numerusform>
            <numerusform>texto de %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>text of %1 to %2 bytes</source>
        <translation>texto de %1 a %2 bytes</translation>
    </message>
    <message numerus="yes">
        <source>%n byte in hex, e.g. 0a</source>
        <translation>
            <numerusform>%n byte en hexadecimal, p. ej. 0a</numerusform>
            <numerusform>%n bytes en hexadecimal, p. ej. 0a1b</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes in hex, e.g. 0a1b</source>
        <translation>
            <numerusform>%n byte en hexadecimal, p. ej. 0a</numerusform>
            <numerusform>%n bytes en hexadecimal, p. ej. 0a1b</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 bytes in hex, e.g. 0a1b2c</source>
        <translation>de %1 a %2 bytes en hexadecimal, p. ej. 0a1b2c</translation>
    </message>
    <message>
        <source>Option %1: after 0x write bytes in hex, two digits each.</source>
        <translation>Opción %1: tras 0x escriba bytes en hexadecimal, dos cifras cada uno.</translation>
    </message>
    <message>
        <source>%1 takes no value; leave the cell empty.</source>
        <translation>%1 no lleva valor; deje la celda vacía.</translation>
    </message>
    <message>
        <source>%1 takes a content format: a number 0 to 65535 or a media type such as application/json.</source>
        <translation>%1 lleva un formato de contenido: un número de 0 a 65535 o un tipo de medio como application/json.</translation>
    </message>
    <message>
        <source>%1 is written NUM/MORE/SIZE: a block number below 1048576, 0 or 1, and a size of 16, 32, 64, 128, 256, 512 or 1024, e.g. 0/0/64.</source>
        <translation>%1 se escribe NUM/MORE/SIZE: un número de bloque menor que 1048576, 0 o 1, y un tamaño de 16, 32, 64, 128, 256, 512 o 1024, p. ej. 0/0/64.</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 0 to %2.</source>
        <translation>%1 lleva un número entero de 0 a %2.</translation>
    </message>
    <message>
        <source>%1 takes text of %2 to %3 bytes; this is %4.</source>
        <translation>%1 lleva texto de %2 a %3 bytes; este tiene %4.</translation>
    </message>
    <message>
        <source>%1 takes bytes written in hex, two digits per byte, e.g. 0a1b2c.</source>
        <translation>%1 lleva bytes escritos en hexadecimal, dos cifras por byte, p. ej. 0a1b2c.</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 bytes; this is %4.</source>
        <translation>%1 lleva de %2 a %3 bytes; este tiene %4.</translation>
    </message>
    <message>
        <source>Choose an option for this value: type a name such as Uri-Query, or a number.</source>
        <translation>Elija una opción para este valor: escriba un nombre como Uri-Query, o un número.</translation>
    </message>
    <message>
        <source>“%1” is not a registered option; type a name such as Uri-Query, or its number (0 to 65535).</source>
        <translation>«%1» no es una opción registrada; escriba un nombre como Uri-Query, o su número (0 a 65535).</translation>
    </message>
    <message>
        <source>%1 may appear only once; it is already in row %2.</source>
        <translation>%1 solo puede aparecer una vez; ya está en la fila %2.</translation>
    </message>
    <message>
        <source>Option row %1: %2</source>
        <translation>Fila de opción %1: %2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>elective</source>
        <translation>electiva</translation>
    </message>
    <message>
        <source>unsafe to forward</source>
        <translation>no segura para reenviar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (option %2): %3</source>
        <translation>%1 (opción %2): %3</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>PayloadEditor</name>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Cargar…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CBOR (typed as JSON or diagnostic notation)</source>
        <translation>CBOR (escrito como JSON o notación de diagnóstico)</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>Bytes en hexadecimal</translation>
    </message>
    <message>
        <source>How the text below is turned into the bytes that are sent</source>
        <translation>Cómo se convierte el texto de abajo en los bytes que se envían</translation>
    </message>
    <message>
        <source>Payload input format</source>
        <translation>Formato de entrada de la carga útil</translation>
    </message>
    <message>
        <source>Load the payload from a file</source>
        <translation>Cargar la carga útil desde un archivo</translation>
    </message>
    <message>
        <source>(no Content-Format)</source>
        <translation>(sin Content-Format)</translation>
    </message>
    <message>
        <source>The Content-Format option sent with the payload</source>
        <translation>La opción Content-Format enviada con la carga útil</translation>
    </message>
    <message>
        <source>Payload for POST, PUT, FETCH, PATCH and iPATCH</source>
        <translation>Carga útil para POST, PUT, FETCH, PATCH e iPATCH</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>Carga út&amp;il:</translation>
    </message>
    <message>
        <source>Co&amp;ntent-Format:</source>
        <translation>Co&amp;ntent-Format:</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Load payload</source>
        <translation>Cargar carga útil</translation>
    </message>
    <message>
        <source>All files (*);;JSON (*.json);;CBOR (*.cbor);;Text (*.txt)</source>
        <translation>Todos los archivos (*);;JSON (*.json);;CBOR (*.cbor);;Texto (*.txt)</translation>
    </message>
    <message>
        <source>The Content-Format “%1” is not a registered media type or a number 0 to 65535.</source>
        <translation>El Content-Format «%1» no es un tipo de medio registrado ni un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>Valid JSON, %1.</source>
        <translation>JSON válido, %1.</translation>
    </message>
    <message>
        <source>Valid, %1 of CBOR: %2</source>
        <translation>Válido, %1 de CBOR: %2</translation>
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
        <translation>objeto</translation>
    </message>
    <message numerus="yes">
        <source>{%n member}</source>
        <translation>
            <numerusform>{%n miembro}</numerusform>
            <numerusform>{%n miembros}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n members}</source>
        <translation>
            <numerusform>{%n miembro}</numerusform>
            <numerusform>{%n miembros}</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message numerus="yes">
        <source>[%n element]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n elements]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message numerus="yes">
        <source>{%n pair}</source>
        <translation>
            <numerusform>{%n par}</numerusform>
            <numerusform>{%n pares}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n pairs}</source>
        <translation>
            <numerusform>{%n par}</numerusform>
            <numerusform>{%n pares}</numerusform>
        </translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>bytes (%1)</source>
        <translation>bytes (%1)</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entero</translation>
    </message>
    <message>
        <source>float</source>
        <translation>coma flotante</translation>
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
        <translation>(suma %1)</translation>
    </message>
    <message>
        <source>Hex needs two digits per byte; the last byte has only one.</source>
        <translation>El hexadecimal necesita dos cifras por byte; el último byte solo tiene una.</translation>
    </message>
    <message>
        <source>“%1” at %2 is not a hex digit.</source>
        <translation>«%1» en %2 no es una cifra hexadecimal.</translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>&amp;Add option</source>
        <translation>&amp;Añadir opción</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Request method (Alt+M)</source>
        <translation>Método de la petición (Alt+M)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The resource to request, e.g. coap://192.168.1.20/sensors/temp (Ctrl+L)</source>
        <translation>El recurso que se pide, p. ej. coap://192.168.1.20/sensors/temp (Ctrl+L)</translation>
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
        <translation>NON (no confirmable)</translation>
    </message>
    <message>
        <source>CON is retransmitted until the device acknowledges it; NON is sent once</source>
        <translation>CON se retransmite hasta que el dispositivo lo confirma; NON se envía una sola vez</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <source>Accept: the content format you want the answer in</source>
        <translation>Accept: el formato de contenido en que quiere la respuesta</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Largest block for block-wise transfers (RFC 7959)</source>
        <translation>Bloque máximo para transferencias Block-wise (RFC 7959)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Acce&amp;pt:</source>
        <translation>Acce&amp;pt:</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>Tamaño de &amp;bloque:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>Request options</source>
        <translation>Opciones de la petición</translation>
    </message>
    <message>
        <source>Extra options; the URI already gives Uri-Host, Uri-Port, Uri-Path and Uri-Query</source>
        <translation>Opciones adicionales; el URI ya da Uri-Host, Uri-Port, Uri-Path y Uri-Query</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Opciones:</translation>
    </message>
    <message>
        <source>Add a row: type an option name such as ETag, or its number</source>
        <translation>Añadir una fila: escriba un nombre de opción como ETag, o su número</translation>
    </message>
    <message>
        <source>Remove the selected option rows</source>
        <translation>Quitar las filas de opción seleccionadas</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI: %1</translation>
    </message>
    <message>
        <source>%1 requests carry no payload; choose PUT, POST, FETCH, PATCH or iPATCH to send it.</source>
        <translation>Las peticiones %1 no llevan carga útil; elija PUT, POST, FETCH, PATCH o iPATCH para enviarla.</translation>
    </message>
    <message>
        <source>Requests to this device go through a forward proxy (Settings, or the device&apos;s context menu in the tree)</source>
        <translation>Las peticiones a este dispositivo pasan por un proxy de reenvío (Ajustes, o el menú contextual del dispositivo en el árbol)</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>&amp;Save payload…</source>
        <translation>&amp;Guardar carga útil…</translation>
    </message>
    <message>
        <source>Send a request with Ctrl+Return to see the answer here.</source>
        <translation>Envíe una petición con Ctrl+Intro para ver aquí la respuesta.</translation>
    </message>
    <message>
        <source>Save the payload bytes to a file (Ctrl+S)</source>
        <translation>Guardar los bytes de la carga útil en un archivo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Response options</source>
        <translation>Opciones de la respuesta</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Content formats</source>
        <translation>Formatos de contenido</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observable</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation>Otros atributos</translation>
    </message>
    <message>
        <source>Double-click a link (or press Enter) to open its URI in the request</source>
        <translation>Doble clic en un enlace (o Intro) para abrir su URI en la petición</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
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
        <translation>En&amp;lace</translation>
    </message>
    <message>
        <source>SenML</source>
        <translation>SenML</translation>
    </message>
    <message>
        <source>Ima&amp;ge</source>
        <translation>Ima&amp;gen</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Unregistered code</source>
        <translation>Código no registrado</translation>
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
        <translation>sin token</translation>
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
            <numerusform>%n retransmisión</numerusform>
            <numerusform>%n retransmisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmissions</source>
        <translation>
            <numerusform>%n retransmisión</numerusform>
            <numerusform>%n retransmisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>· notification %1 (Observe %2)</source>
        <translation>· notificación %1 (Observe %2)</translation>
    </message>
    <message>
        <source>· notification %1</source>
        <translation>· notificación %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibidos</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(raíz)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doble clic para abrir %1</translation>
    </message>
    <message>
        <source>The image data could not be decoded as %1.</source>
        <translation>Los datos de imagen no se pudieron decodificar como %1.</translation>
    </message>
    <message>
        <source>The payload is declared as %1 but does not parse; it is shown as text and hex. %2</source>
        <translation>La carga útil se declara como %1 pero no se puede analizar; se muestra como texto y hexadecimal. %2</translation>
    </message>
    <message>
        <source>The payload is declared as text but is not valid UTF-8; see the Hex tab.</source>
        <translation>La carga útil se declara como texto pero no es UTF-8 válido; vea la pestaña Hex.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation>Guardar carga útil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting for this answer (Esc)</source>
        <translation>Dejar de esperar esta respuesta (Esc)</translation>
    </message>
    <message>
        <source>from %1, the proxy for %2</source>
        <extracomment>%1 the forward proxy&apos;s address, %2 the device&apos;s URI it answered for</extracomment>
        <translation>de %1, el proxy para %2</translation>
    </message>
</context>
<context>
    <name>SecurityPart</name>
    <message>
        <source>Security &amp;credentials…</source>
        <translation>&amp;Credenciales de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Peer certificate…</source>
        <translation>Certificado del &amp;extremo…</translation>
    </message>
    <message>
        <source>secured: %1</source>
        <translation>protegido: %1</translation>
    </message>
    <message>
        <source>Peer certificate</source>
        <translation>Certificado del extremo</translation>
    </message>
    <message>
        <source>The secure connection to %1 uses a pre-shared key: the device showed no certificate.</source>
        <translation>La conexión segura con %1 usa una clave precompartida: el dispositivo no presentó ningún certificado.</translation>
    </message>
    <message>
        <source>There is no secure connection to show a certificate for.</source>
        <translation>No hay ninguna conexión segura de la que mostrar un certificado.</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>The secure connection to %1 failed: the pre-shared key for identity “%2” is wrong. Check the key in Devices ▸ Security credentials.</source>
        <translation>Falló la conexión segura con %1: la clave precompartida de la identidad «%2» es incorrecta. Compruebe la clave en Dispositivos ▸ Credenciales de seguridad.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the device does not know the identity “%2”.</source>
        <translation>Falló la conexión segura con %1: el dispositivo no conoce la identidad «%2».</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not signed by a trusted authority. You can view the certificate and accept it for this device.</source>
        <translation>Falló la conexión segura con %1: su certificado no está firmado por una autoridad de confianza. Puede ver el certificado y aceptarlo para este dispositivo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate has expired or is not valid yet.</source>
        <translation>Falló la conexión segura con %1: su certificado ha caducado o aún no es válido.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not issued for “%2”.</source>
        <translation>Falló la conexión segura con %1: su certificado no está emitido para «%2».</translation>
    </message>
    <message>
        <source>No secure connection to %1: the device did not complete the DTLS handshake in time. Is it listening for coaps on that port?</source>
        <translation>No hay conexión segura con %1: el dispositivo no completó a tiempo el handshake DTLS. ¿Escucha coaps en ese puerto?</translation>
    </message>
    <message>
        <source>The device at %1 ended the secure connection (%2).</source>
        <translation>El dispositivo %1 cerró la conexión segura (%2).</translation>
    </message>
    <message>
        <source>No credentials for %1. Add them in Devices ▸ Security credentials.</source>
        <translation>No hay credenciales para %1. Añádalas en Dispositivos ▸ Credenciales de seguridad.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %3 to %4&lt;br&gt;&lt;b&gt;SHA-256:&lt;/b&gt; &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Sujeto:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Emisor:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Válido:&lt;/b&gt; del %3 al %4&lt;br&gt;&lt;b&gt;SHA-256:&lt;/b&gt; &lt;tt&gt;%5&lt;/tt&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Discover &amp;automatically when the window opens</source>
        <translation>Descubrir &amp;automáticamente al abrir la ventana</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Acknowledgement &amp;timeout (ACK_TIMEOUT):</source>
        <translation>&amp;Plazo de confirmación (ACK_TIMEOUT):</translation>
    </message>
    <message>
        <source>&amp;Random factor (ACK_RANDOM_FACTOR):</source>
        <translation>Factor &amp;aleatorio (ACK_RANDOM_FACTOR):</translation>
    </message>
    <message>
        <source>Re&amp;transmissions (MAX_RETRANSMIT):</source>
        <translation>Re&amp;transmisiones (MAX_RETRANSMIT):</translation>
    </message>
    <message>
        <source>&amp;Outstanding requests per device (NSTART):</source>
        <translation>Peticiones pendientes por dispositivo (&amp;NSTART):</translation>
    </message>
    <message>
        <source>Multicast &amp;leisure (DEFAULT_LEISURE):</source>
        <translation>Espera de multicast (DEFAULT_&amp;LEISURE):</translation>
    </message>
    <message>
        <source>&amp;Maximum latency (MAX_LATENCY):</source>
        <translation>Latencia &amp;máxima (MAX_LATENCY):</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>Default &amp;block size:</source>
        <translation>Tamaño de &amp;bloque predeterminado:</translation>
    </message>
    <message>
        <source>To&amp;ken length:</source>
        <translation>Longitud del to&amp;ken:</translation>
    </message>
    <message>
        <source>One multicast address per line, e.g. 224.0.1.187 or ff02::fd</source>
        <translation>Una dirección multicast por línea, p. ej. 224.0.1.187 o ff02::fd</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ask on the checked interfaces only; none checked means all of them</source>
        <translation>Preguntar solo por las interfaces marcadas; si no hay ninguna marcada, por todas</translation>
    </message>
    <message>
        <source>Multicast &amp;groups:</source>
        <translation>&amp;Grupos multicast:</translation>
    </message>
    <message>
        <source>&amp;Interfaces:</source>
        <translation>&amp;Interfaces:</translation>
    </message>
    <message>
        <source>&amp;Listen for answers:</source>
        <translation>&amp;Escuchar respuestas:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The window changes to the new language at once; the message log starts empty.</source>
        <translation>La ventana cambia al nuevo idioma en el acto; el registro de mensajes empieza vacío.</translation>
    </message>
    <message>
        <source>Tra&amp;nsmission</source>
        <translation>Tra&amp;nsmisión</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Peti&amp;ciones</translation>
    </message>
    <message>
        <source>&amp;Discovery</source>
        <translation>&amp;Descubrimiento</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>A confirmable request is sent at most %1 times in all and given up after at most %2 (MAX_TRANSMIT_WAIT).</source>
        <translation>Una petición confirmable se envía como máximo %1 veces en total y se abandona tras %2 como máximo (MAX_TRANSMIT_WAIT).</translation>
    </message>
    <message>
        <source>“%1” is not a multicast address; use addresses such as 224.0.1.187 or ff02::fd, one per line.</source>
        <translation>«%1» no es una dirección multicast; use direcciones como 224.0.1.187 o ff02::fd, una por línea.</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Preguntar antes</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>&amp;Resume last run’s observations:</source>
        <translation>&amp;Reanudar las observaciones de la última sesión:</translation>
    </message>
    <message>
        <source>Name the device with Proxy-&amp;Scheme and Uri-* options instead of Proxy-Uri</source>
        <translation>Indicar el dispositivo con Proxy-&amp;Scheme y opciones Uri-* en lugar de Proxy-Uri</translation>
    </message>
    <message>
        <source>coap://host:port (empty: send directly)</source>
        <translation>coap://host:puerto (vacío: enviar directamente)</translation>
    </message>
    <message>
        <source>Send every request to this CoAP forward proxy, which passes it on to the device. A device can have a proxy of its own: right-click it in the tree.</source>
        <translation>Enviar cada petición a este proxy de reenvío CoAP, que la pasa al dispositivo. Un dispositivo puede tener su propio proxy: haga clic derecho en él en el árbol.</translation>
    </message>
    <message>
        <source>Forward &amp;proxy:</source>
        <translation>&amp;Proxy de reenvío:</translation>
    </message>
    <message>
        <source>When the exchange of one block of a block-wise transfer gets no answer after its retransmissions, try that block again in a new exchange, this many times in a row, so that one lost exchange on a lossy link does not end the transfer. 0 ends the transfer at the first lost exchange.</source>
        <translation>Cuando el intercambio de un bloque de una transferencia por bloques no recibe respuesta tras sus retransmisiones, volver a intentar ese bloque en un intercambio nuevo, hasta este número de veces seguidas, para que un intercambio perdido en un enlace con pérdidas no termine la transferencia. 0 termina la transferencia en el primer intercambio perdido.</translation>
    </message>
    <message>
        <source>Block retr&amp;ies:</source>
        <translation>Re&amp;intentos de bloque:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to CoAP Explorer</source>
        <translation>Bienvenido a CoAP Explorer</translation>
    </message>
    <message>
        <source>CoAP Explorer finds the CoAP devices around you, reads and changes their resources, observes them and shows every datagram. Where would you like to start?</source>
        <translation>CoAP Explorer encuentra los dispositivos CoAP a su alrededor, lee y cambia sus recursos, los observa y muestra cada datagrama. ¿Por dónde quiere empezar?</translation>
    </message>
    <message>
        <source>&amp;Find devices on this network</source>
        <translation>&amp;Buscar dispositivos en esta red</translation>
    </message>
    <message>
        <source>Ask the local network which CoAP devices are there (multicast, RFC 7252 §8). Later: Devices → Discover, or Ctrl+D.</source>
        <translation>Preguntar a la red local qué dispositivos CoAP hay (multicast, RFC 7252 §8). Más adelante: Dispositivos → Descubrir, o Ctrl+D.</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Probar la demo</translation>
    </message>
    <message>
        <source>Start five simulated devices on this computer and discover them: a gateway, a door contact, temperature and humidity sensors and a wristband. Nothing leaves this computer.</source>
        <translation>Iniciar cinco dispositivos simulados en este equipo y descubrirlos: una pasarela, un contacto de puerta, sensores de temperatura y humedad y una pulsera. Nada sale de este equipo.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
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
        <translation>Encontrar, inspeccionar y depurar dispositivos CoAP (RFC 7252).</translation>
    </message>
    <message>
        <source>Start five simulated devices on this computer and discover them, to try the application without hardware.</source>
        <translation>Iniciar cinco dispositivos simulados en este equipo y descubrirlos, para probar la aplicación sin hardware.</translation>
    </message>
    <message>
        <source>Once the devices are discovered and a resource is read, save a picture of the window to FILE and quit.</source>
        <translation>Una vez descubiertos los dispositivos y leído un recurso, guardar una imagen de la ventana en FILE y salir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take the screenshot after SECONDS (default 2).</source>
        <translation>Hacer la captura tras SECONDS segundos (2 por defecto).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>With --screenshot: chart three sensors first and show the Charts panel.</source>
        <translation>Con --screenshot: representar primero tres sensores y mostrar el panel Gráficos.</translation>
    </message>
    <message>
        <source>A coap:// URI to put into the request field.</source>
        <translation>Un URI coap:// para poner en el campo de la petición.</translation>
    </message>
    <message>
        <source>--after needs a number of seconds, such as 2 or 0.5.</source>
        <translation>--after necesita un número de segundos, como 2 o 0.5.</translation>
    </message>
    <message>
        <source>Give at most one URI.</source>
        <translation>Indique como máximo un URI.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>No se pudo escribir la captura en %1.</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 1024x700 (for screenshots).</source>
        <translation>Abrir la ventana con este tamaño, p. ej. 1024x700 (para capturas de pantalla).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>ANCHOxALTO</translation>
    </message>
    <message>
        <source>--size needs a width and a height in pixels, such as 1024x700.</source>
        <translation>--size necesita un ancho y un alto en píxeles, como 1024x700.</translation>
    </message>
</context>
</TS>
