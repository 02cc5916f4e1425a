<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CoAP Explorer</source>
        <translation>Sobre o CoAP Explorer</translation>
    </message>
    <message>
        <source>CoAP Explorer %1</source>
        <translation>CoAP Explorer %1</translation>
    </message>
    <message>
        <source>Find, inspect and debug CoAP devices (RFC 7252, RFC 7641, RFC 7959).</source>
        <translation>Encontrar, inspecionar e depurar dispositivos CoAP (RFC 7252, RFC 7641, RFC 7959).</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>CoAP Explorer is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), as Qt Charts requires. You may use, study, share and change it; it comes with no warranty.</source>
        <translation>O CoAP Explorer é software livre sob a Licença Pública Geral GNU, versão 3 ou posterior (GPL-3.0-or-later), como o Qt Charts exige. Você pode usá-lo, estudá-lo, compartilhá-lo e modificá-lo; ele é fornecido sem nenhuma garantia.</translation>
    </message>
    <message>
        <source>The GNU General Public License, version 3</source>
        <translation>A Licença Pública Geral GNU, versão 3</translation>
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
        <translation>Versão</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilada com %2)</translation>
    </message>
    <message>
        <source>CoAP engine (RFC 7252, 7641, 7959), built in</source>
        <translation>Motor CoAP (RFC 7252, 7641, 7959), embutido</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>%1, %2, window system: %3, compiled with %4</source>
        <translation>%1, %2, sistema de janelas: %3, compilado com %4</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copiar informações de versão</translation>
    </message>
    <message>
        <source>Copy the versions as plain text, for a bug report</source>
        <translation>Copiar as versões como texto simples, para um relatório de erro</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>AddDeviceDialog</name>
    <message>
        <source>Type the device&apos;s IP address or host name, e.g. 192.168.1.20 or [fe80::1%eth0].</source>
        <translation>Digite o endereço IP ou o nome de host do dispositivo, p. ex. 192.168.1.20 ou [fe80::1%eth0].</translation>
    </message>
    <message>
        <source>The “[” of the IPv6 address is not closed; write it as [fe80::1%eth0]:5683.</source>
        <translation>O “[” do endereço IPv6 não está fechado; escreva-o como [fe80::1%eth0]:5683.</translation>
    </message>
    <message>
        <source>Only “:port” may follow the “]”, e.g. [fe80::1%eth0]:5683.</source>
        <translation>Depois do “]” só pode vir “:porta”, p. ex. [fe80::1%eth0]:5683.</translation>
    </message>
    <message>
        <source>“%1” in brackets is not an IPv6 address.</source>
        <translation>“%1” entre colchetes não é um endereço IPv6.</translation>
    </message>
    <message>
        <source>The port “%1” must be a number from 1 to 65535.</source>
        <translation>A porta “%1” deve ser um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>“%1” não é um endereço IPv6 válido.</translation>
    </message>
    <message>
        <source>%1 is a link-local address: add the interface it is on, e.g. %1%eth0.</source>
        <translation>%1 é um endereço de enlace local: acrescente a interface em que ele está, p. ex. %1%eth0.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address: it has four numbers from 0 to 255 separated by dots, e.g. 192.168.1.20.</source>
        <translation>“%1” não é um endereço IPv4 válido: ele tem quatro números de 0 a 255 separados por pontos, p. ex. 192.168.1.20.</translation>
    </message>
    <message>
        <source>%1 is a group address; Discover asks groups. Type the address of one device.</source>
        <translation>%1 é um endereço de grupo; Descobrir consulta os grupos. Digite o endereço de um único dispositivo.</translation>
    </message>
    <message>
        <source>“%1” is neither an IP address nor a host name: a host name has only letters, digits, hyphens and dots.</source>
        <translation>“%1” não é nem um endereço IP nem um nome de host: um nome de host contém apenas letras, dígitos, hifens e pontos.</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Adicionar dispositivo</translation>
    </message>
    <message>
        <source>192.168.1.20, [fe80::1%eth0], boiler.local</source>
        <translation>192.168.1.20, [fe80::1%eth0], caldeira.local</translation>
    </message>
    <message>
        <source>UDP port of the device; CoAP uses 5683 unless the device says otherwise</source>
        <translation>Porta UDP do dispositivo; o CoAP usa 5683, a menos que o dispositivo diga outra coisa</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Edit device</source>
        <translation>Editar dispositivo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Ask one device for its resources (GET /.well-known/core). Use this when Discover does not reach it: another subnet, a VPN, or multicast blocked. A device secured with DTLS: coaps:// and its address or host name.</source>
        <translation>Pede a um dispositivo seus recursos (GET /.well-known/core). Use quando Descobrir não o alcança: outra sub-rede, uma VPN ou multicast bloqueado. Um dispositivo protegido por DTLS: coaps:// e seu endereço ou nome de host.</translation>
    </message>
</context>
<context>
    <name>AddedDevicesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Devices added by hand</source>
        <translation>Dispositivos adicionados à mão</translation>
    </message>
    <message>
        <source>These devices are asked for their resources by their address at every start, also where discovery does not reach them.</source>
        <translation>Estes dispositivos são consultados sobre seus recursos pelo endereço a cada início, também onde a descoberta não os alcança.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Ask one more device by its address</source>
        <translation>Consultar mais um dispositivo pelo endereço</translation>
    </message>
    <message>
        <source>Change the address or port of the selected device</source>
        <translation>Alterar o endereço ou a porta do dispositivo selecionado</translation>
    </message>
    <message>
        <source>Stop asking the selected device at start and take it out of the tree (Delete)</source>
        <translation>Parar de consultar o dispositivo selecionado ao iniciar e tirá-lo da árvore (Delete)</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB. Cut it down first, for instance with &quot;editcap -c 100000&quot; or a Wireshark display filter and File ▸ Export Specified Packets.</source>
        <translation>%1 tem mais de 1 GiB. Reduza-o antes, por exemplo com &quot;editcap -c 100000&quot; ou um filtro de exibição do Wireshark e Arquivo ▸ Exportar pacotes especificados.</translation>
    </message>
    <message>
        <source>%1 is not a capture file. CoAP Explorer opens pcap and pcapng files, as tcpdump -w and Wireshark write them.</source>
        <translation>%1 não é um arquivo de captura. O CoAP Explorer abre arquivos pcap e pcapng, como os gravados por tcpdump -w e Wireshark.</translation>
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
            <numerusform>%n datagrama CoAP, somente leitura: nada aqui é enviado de novo.</numerusform>
            <numerusform>%n datagramas CoAP, somente leitura: nada aqui é enviado de novo.</numerusform>
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
            <numerusform>%n pacote ignorado: %1.</numerusform>
            <numerusform>%n pacotes ignorados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The file ends inside a packet; everything before it is shown.</source>
        <translation>O arquivo termina no meio de um pacote; tudo o que vem antes é mostrado.</translation>
    </message>
    <message>
        <source>Right-click a notification to chart the observed values.</source>
        <translation>Clique com o botão direito numa notificação para exibir os valores observados no gráfico.</translation>
    </message>
    <message>
        <source>%1 not CoAP</source>
        <translation>%1 não CoAP</translation>
    </message>
    <message>
        <source>%1 cut short</source>
        <translation>%1 truncados</translation>
    </message>
    <message>
        <source>%1 of an unsupported link type</source>
        <translation>%1 de um tipo de enlace não suportado</translation>
    </message>
    <message>
        <source>%1 beyond the log&apos;s capacity</source>
        <translation>%1 além da capacidade do registro</translation>
    </message>
    <message>
        <source>Captured from %1 to %2.</source>
        <translation>Capturado de %1 a %2.</translation>
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
        <translation>Este certificado não foi assinado por nenhuma autoridade em que você confia. Aceite-o somente se a impressão digital for igual à que o responsável pelo dispositivo lhe passou. Ele passa então a ser confiável somente para %1.</translation>
    </message>
    <message>
        <source>&amp;Accept for this device</source>
        <translation>&amp;Aceitar para este dispositivo</translation>
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
%1 amostras guardadas, %2 recebidas, %3 descartadas (as mais antigas primeiro)</translation>
    </message>
    <message>
        <source>
Notifications of this resource that carried no value to chart</source>
        <translation>
Notificações deste recurso sem nenhum valor para o gráfico</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
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
        <translation>Média</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Sem valor</translation>
    </message>
    <message>
        <source>Device, resource and value name; untick to hide the series</source>
        <translation>Dispositivo, recurso e nome do valor; desmarque para ocultar a série</translation>
    </message>
    <message>
        <source>Over every value received since the series started</source>
        <translation>Sobre todos os valores recebidos desde o início da série</translation>
    </message>
    <message>
        <source>Notifications per second over the last 10 seconds</source>
        <translation>Notificações por segundo nos últimos 10 segundos</translation>
    </message>
    <message>
        <source>Notifications that carried no value to chart</source>
        <translation>Notificações sem nenhum valor para o gráfico</translation>
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
        <translation>Mostrar os últimos 30 segundos (1)</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>Show the last 5 minutes (2)</source>
        <translation>Mostrar os últimos 5 minutos (2)</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Show the last hour (3)</source>
        <translation>Mostrar a última hora (3)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Show everything recorded (4)</source>
        <translation>Mostrar tudo o que foi registrado (4)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Freeze the charts; values are still recorded (P, or Space on a chart)</source>
        <translation>Congela os gráficos; os valores continuam sendo registrados (P, ou Espaço sobre um gráfico)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Redefinir zoom</translation>
    </message>
    <message>
        <source>Back to the live window (Home, or double-click a chart)</source>
        <translation>Voltar à janela ao vivo (Home, ou clique duplo em um gráfico)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save every recorded sample: series, time (ISO 8601), value, unit</source>
        <translation>Salvar todas as amostras registradas: série, hora (ISO 8601), valor, unidade</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>Salvar &amp;imagem…</translation>
    </message>
    <message>
        <source>Save the charts as they are shown, as PNG</source>
        <translation>Salvar os gráficos como são exibidos, em PNG</translation>
    </message>
    <message>
        <source>No values to chart yet.

Observe a resource and choose “Chart this”: its values appear here within a second.</source>
        <translation>Ainda não há valores para o gráfico.

Observe um recurso e escolha “Mostrar no gráfico”: seus valores aparecem aqui em menos de um segundo.</translation>
    </message>
    <message>
        <source>Series figures</source>
        <translation>Números das séries</translation>
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
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Zoomed: %1 – %2</source>
        <translation>Zoom: %1 – %2</translation>
    </message>
    <message>
        <source>Paused at %1, still recording</source>
        <translation>Pausado às %1, ainda registrando</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (pausado)</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) without a value</source>
        <translation>
            <numerusform>%n notificação sem valor</numerusform>
            <numerusform>%n notificações sem valor</numerusform>
        </translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>carga útil vazia</translation>
    </message>
    <message>
        <source>binary payload</source>
        <translation>carga útil binária</translation>
    </message>
    <message>
        <source>payload does not parse as its content format</source>
        <translation>a carga útil não pode ser analisada no seu formato de conteúdo</translation>
    </message>
    <message>
        <source>content format without values</source>
        <translation>formato de conteúdo sem valores</translation>
    </message>
    <message>
        <source>no number or state in the payload</source>
        <translation>nenhum número ou estado na carga útil</translation>
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
        <translation>verdadeiro</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Ainda há uma exportação em andamento.</translation>
    </message>
    <message>
        <source>Exporting %1 samples…</source>
        <translation>Exportando %1 amostras…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1 samples saved to %2</source>
        <translation>%1 amostras salvas em %2</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Exportar amostras</translation>
    </message>
    <message>
        <source>samples-%1.csv</source>
        <translation>amostras-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Salvar imagem do gráfico</translation>
    </message>
    <message>
        <source>chart-%1.png</source>
        <translation>grafico-%1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Imagens PNG (*.png);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Image saved to %1</source>
        <translation>Imagem salva em %1</translation>
    </message>
    <message>
        <source>Could not save the image to %1</source>
        <translation>Não foi possível salvar a imagem em %1</translation>
    </message>
    <message>
        <source>&amp;Remove from chart</source>
        <translation>&amp;Remover do gráfico</translation>
    </message>
    <message>
        <source>Remove the selected series; its observation ends when nothing else uses it (Delete)</source>
        <translation>Remover a série selecionada; a observação dela termina quando nada mais a usa (Delete)</translation>
    </message>
</context>
<context>
    <name>CopyAsCommand</name>
    <message>
        <source>the option %1 is left out: this tool cannot send it</source>
        <translation>a opção %1 foi omitida: esta ferramenta não consegue enviá-la</translation>
    </message>
    <message>
        <source>sent confirmable (CON): the gateway does not send NON requests</source>
        <translation>enviado como confirmável (CON): o gateway não envia requisições NON</translation>
    </message>
    <message>
        <source>the block size is left to the gateway</source>
        <translation>o tamanho de bloco fica a cargo do gateway</translation>
    </message>
    <message>
        <source>the payload is binary: printf writes its bytes into the command</source>
        <translation>a carga útil é binária: printf escreve seus bytes no comando</translation>
    </message>
    <message>
        <source>set the pre-shared key first: export COAP_EXPLORER_PSK=&apos;…&apos;</source>
        <translation>defina antes a chave pré-compartilhada: export COAP_EXPLORER_PSK=&apos;…&apos;</translation>
    </message>
    <message>
        <source>coaps: add this tool&apos;s own credential options (certificate or key)</source>
        <translation>coaps: adicione as opções de credenciais próprias desta ferramenta (certificado ou chave)</translation>
    </message>
    <message>
        <source>&amp;coap-client command (libcoap)</source>
        <translation>Comando do &amp;coap-client (libcoap)</translation>
    </message>
    <message>
        <source>&amp;aiocoap-client command</source>
        <translation>Comando do &amp;aiocoap-client</translation>
    </message>
    <message>
        <source>coap-&amp;explorer-cli command</source>
        <translation>Comando do coap-&amp;explorer-cli</translation>
    </message>
    <message>
        <source>c&amp;url command through the HTTP gateway</source>
        <translation>Comando c&amp;url pelo gateway HTTP</translation>
    </message>
    <message>
        <source>the retransmission settings (ACK_TIMEOUT, MAX_RETRANSMIT, block retries) are left out: this tool uses its own</source>
        <translation>as configurações de retransmissão (ACK_TIMEOUT, MAX_RETRANSMIT, novas tentativas por bloco) ficam de fora: esta ferramenta usa as próprias</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Security credentials</source>
        <translation>Credenciais de segurança</translation>
    </message>
    <message>
        <source>192.0.2.5, 192.0.2.5:5684, *.plant.example</source>
        <translation>192.0.2.5, 192.0.2.5:5684, *.plant.example</translation>
    </message>
    <message>
        <source>Device or &amp;pattern:</source>
        <translation>Dispositivo ou pa&amp;drão:</translation>
    </message>
    <message>
        <source>PSK &amp;identity:</source>
        <translation>&amp;Identidade PSK:</translation>
    </message>
    <message>
        <source>text or 0x… hex; empty keeps the stored key</source>
        <translation>texto ou 0x… hex; vazio mantém a chave salva</translation>
    </message>
    <message>
        <source>Pre-shared &amp;key:</source>
        <translation>&amp;Chave pré-compartilhada:</translation>
    </message>
    <message>
        <source>the system&apos;s authorities</source>
        <translation>as autoridades do sistema</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Arquivos PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Trusted &amp;CAs:</source>
        <translation>CAs con&amp;fiáveis:</translation>
    </message>
    <message>
        <source>&amp;Verify the device&apos;s certificate</source>
        <translation>&amp;Verificar o certificado do dispositivo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>salva; digite para substituir</translation>
    </message>
    <message>
        <source>text or 0x… hex</source>
        <translation>texto ou 0x… hex</translation>
    </message>
    <message>
        <source>Name the device (an address, address:port or a pattern with *).</source>
        <translation>Informe o dispositivo (um endereço, endereço:porta ou um padrão com *).</translation>
    </message>
    <message>
        <source>The key after 0x must be hex digits, two per byte.</source>
        <translation>Depois de 0x, a chave deve ter dígitos hexadecimais, dois por byte.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate.</source>
        <translation>“%1” não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <source>A PSK identity needs its key.</source>
        <translation>Uma identidade PSK precisa da sua chave.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain.</source>
        <translation>As chaves ficam guardadas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>No keychain service is running: keys are kept for this session only and must be entered again after a restart. They are never written to the settings file.</source>
        <translation>Nenhum serviço de chaveiro está em execução: as chaves ficam guardadas só nesta sessão e precisam ser digitadas de novo depois de reiniciar. Elas nunca são gravadas no arquivo de configurações.</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Procurando o chaveiro do sistema…</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>Ask the local network which CoAP devices are there: GET /.well-known/core to the groups checked below (Ctrl+D)</source>
        <translation>Pergunta à rede local quais dispositivos CoAP existem: GET /.well-known/core para os grupos marcados abaixo (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation>Adicionar dispositivo…</translation>
    </message>
    <message>
        <source>Ask one device by its address, when discovery does not reach it</source>
        <translation>Consultar um dispositivo pelo endereço, quando a descoberta não o alcança</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>What Discover asks (groups, interface, query) and how long it listens</source>
        <translation>O que Descobrir pergunta (grupos, interface, consulta) e por quanto tempo escuta</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>All-CoAP-Nodes multicast groups (RFC 7252 §12.8): 224.0.1.187 (IPv4), ff02::fd (this link), ff05::fd (this site)</source>
        <translation>Grupos multicast All-CoAP-Nodes (RFC 7252 §12.8): 224.0.1.187 (IPv4), ff02::fd (este enlace), ff05::fd (este site)</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Interface:</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>&amp;Aguardar:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long answers are collected. Devices may wait up to 5 s before they answer a group (RFC 7252 §8.2).</source>
        <translation>Por quanto tempo as respostas são coletadas. Os dispositivos podem esperar até 5 s antes de responder a um grupo (RFC 7252 §8.2).</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Consulta:</translation>
    </message>
    <message>
        <source>e.g. rt=temperature</source>
        <translation>p. ex. rt=temperature</translation>
    </message>
    <message>
        <source>Only list matching resources (RFC 6690 §4.1): rt=…, if=…, href=/sensors*, obs</source>
        <translation>Listar apenas os recursos correspondentes (RFC 6690 §4.1): rt=…, if=…, href=/sensors*, obs</translation>
    </message>
    <message>
        <source>Filter devices and resources (Ctrl+F)</source>
        <translation>Filtrar dispositivos e recursos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter devices and resources</source>
        <translation>Filtrar dispositivos e recursos</translation>
    </message>
    <message>
        <source>Devices and their resources</source>
        <translation>Dispositivos e seus recursos</translation>
    </message>
    <message>
        <source>Interface to discover on</source>
        <translation>Interface em que descobrir</translation>
    </message>
    <message>
        <source>Multicast groups to ask</source>
        <translation>Grupos multicast a consultar</translation>
    </message>
    <message>
        <source>Matches names, paths, titles, types, interfaces, formats and addresses; “obs” finds observable resources</source>
        <translation>Procura em nomes, caminhos, títulos, tipos, interfaces, formatos e endereços; “obs” encontra os recursos observáveis</translation>
    </message>
    <message>
        <source>&amp;Get</source>
        <translation>&amp;Ler (GET)</translation>
    </message>
    <message>
        <source>Read the resource now (double-click or Enter does the same)</source>
        <translation>Ler o recurso agora (clique duplo ou Enter fazem o mesmo)</translation>
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
        <translation>&amp;Favorito</translation>
    </message>
    <message>
        <source>Removes it until the device lists it again</source>
        <translation>Remove até que o dispositivo o liste de novo</translation>
    </message>
    <message>
        <source>&amp;Refresh resources</source>
        <translation>&amp;Atualizar recursos</translation>
    </message>
    <message>
        <source>Ask this device again for its resource list</source>
        <translation>Pedir de novo a este dispositivo sua lista de recursos</translation>
    </message>
    <message>
        <source>All interfaces (none can send multicast)</source>
        <translation>Todas as interfaces (nenhuma pode enviar multicast)</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Todas as interfaces</translation>
    </message>
    <message>
        <source>%1 (not usable now)</source>
        <translation>%1 (indisponível agora)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>todas as interfaces</translation>
    </message>
    <message>
        <source>nothing checked</source>
        <translation>nada marcado</translation>
    </message>
    <message>
        <source>Asks %1 for %2 s</source>
        <translation>Consulta %1 por %2 s</translation>
    </message>
    <message>
        <source>No group is checked, so Discover has nobody to ask. Check a group under the discovery options, or use Add device… to ask a device by its address.</source>
        <translation>Nenhum grupo está marcado, então Descobrir não tem a quem perguntar. Marque um grupo nas opções de descoberta, ou use Adicionar dispositivo… para consultar um dispositivo pelo endereço.</translation>
    </message>
    <message>
        <source>Stop (%1 s)</source>
        <translation>Parar (%1 s)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descobrir</translation>
    </message>
    <message>
        <source>Stop discovery</source>
        <translation>Parar a descoberta</translation>
    </message>
    <message>
        <source>Discover devices</source>
        <translation>Descobrir dispositivos</translation>
    </message>
    <message>
        <source>Asking %1 for its resources…</source>
        <translation>Pedindo a %1 seus recursos…</translation>
    </message>
    <message>
        <source>%1 listed its resources.</source>
        <translation>%1 listou seus recursos.</translation>
    </message>
    <message>
        <source>Watch the resource: every change is shown (RFC 7641)</source>
        <translation>Acompanhar o recurso: cada mudança é mostrada (RFC 7641)</translation>
    </message>
    <message>
        <source>The device does not list this resource as observable; it may answer once only</source>
        <translation>O dispositivo não lista este recurso como observável; ele pode responder uma única vez</translation>
    </message>
    <message>
        <source>No devices yet.

Press Discover (Ctrl+D) to ask the local network, or Add device… to enter an address.</source>
        <translation>Ainda não há dispositivos.

Clique em Descobrir (Ctrl+D) para perguntar à rede local, ou em Adicionar dispositivo… para digitar um endereço.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc in the filter box to see all devices.</source>
        <translation>Nada corresponde a “%1”. Pressione Esc na caixa de filtro para ver todos os dispositivos.</translation>
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
        <translation>Mostrar os valores do recurso no painel Gráficos; ele é observado se ainda não estiver</translation>
    </message>
    <message>
        <source>Copy as coap-client co&amp;mmand</source>
        <translation>Copiar como co&amp;mando do coap-client</translation>
    </message>
    <message>
        <source>Copy as coap-client observe comma&amp;nd</source>
        <translation>Copiar como comando observe do coap-clie&amp;nt</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>Re&amp;mover da lista</translation>
    </message>
    <message>
        <source>&amp;Expand this device</source>
        <translation>&amp;Expandir este dispositivo</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>E&amp;xpandir tudo</translation>
    </message>
    <message>
        <source>Co&amp;llapse all</source>
        <translation>Reco&amp;lher tudo</translation>
    </message>
    <message>
        <source>&amp;Sort devices by</source>
        <translation>Ordenar dispositivos &amp;por</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Named devices first, in natural order; the others by address</source>
        <translation>Primeiro os dispositivos com nome, em ordem natural; os demais por endereço</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <source>IPv4 addresses first, then IPv6, then host names</source>
        <translation>Primeiro endereços IPv4, depois IPv6, depois nomes de host</translation>
    </message>
    <message>
        <source>Answer &amp;order</source>
        <translation>&amp;Ordem de resposta</translation>
    </message>
    <message>
        <source>In the order the devices first answered</source>
        <translation>Na ordem em que os dispositivos responderam pela primeira vez</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>How the devices are sorted: by name, by address or in answer order</source>
        <translation>Como os dispositivos são ordenados: por nome, por endereço ou na ordem de resposta</translation>
    </message>
    <message>
        <source>Sort devices by</source>
        <translation>Ordenar dispositivos por</translation>
    </message>
    <message>
        <source>Devices added by &amp;hand…</source>
        <translation>Di&amp;spositivos adicionados à mão…</translation>
    </message>
    <message>
        <source>The devices asked by their address at every start: add, edit or remove them</source>
        <translation>Os dispositivos consultados pelo endereço a cada início: adicioná-los, editá-los ou removê-los</translation>
    </message>
    <message>
        <source>Forward &amp;proxy…</source>
        <translation>&amp;Proxy de encaminhamento…</translation>
    </message>
    <message>
        <source>Reach this device through a CoAP forward proxy, or directly</source>
        <translation>Alcançar este dispositivo por um proxy de encaminhamento CoAP, ou diretamente</translation>
    </message>
    <message>
        <source>%1 cannot be asked for its resources here: a coaps device is asked over DTLS, by its address.</source>
        <translation>Não é possível pedir aqui os recursos de %1: um dispositivo coaps é consultado por DTLS, pelo seu endereço.</translation>
    </message>
    <message>
        <source>%1 could not be asked for its resources.</source>
        <translation>Não foi possível pedir os recursos de %1.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Resolvendo %1…</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved; check its spelling, or add the device by its address.</source>
        <translation>Não foi possível resolver o nome de host %1; confira a grafia ou adicione o dispositivo pelo endereço.</translation>
    </message>
</context>
<context>
    <name>DeviceProxyDialog</name>
    <message>
        <source>&amp;Directly, without a proxy</source>
        <translation>&amp;Diretamente, sem proxy</translation>
    </message>
    <message>
        <source>Through &amp;this proxy:</source>
        <translation>Por es&amp;te proxy:</translation>
    </message>
    <message>
        <source>Forward proxy for %1</source>
        <translation>Proxy de encaminhamento para %1</translation>
    </message>
    <message>
        <source>As all requests: &amp;directly (no proxy in Settings)</source>
        <translation>Como todas as requisições: &amp;diretamente (sem proxy nas Configurações)</translation>
    </message>
    <message>
        <source>As all requests: through %1 (&amp;Settings)</source>
        <translation>Como todas as requisições: por %1 (&amp;Configurações)</translation>
    </message>
    <message>
        <source>Directly, &amp;without a proxy</source>
        <translation>Diretamente, &amp;sem proxy</translation>
    </message>
    <message>
        <source>coap://host:port</source>
        <translation>coap://host:porta</translation>
    </message>
    <message>
        <source>Requests to %1 go:</source>
        <translation>As requisições para %1 vão:</translation>
    </message>
    <message>
        <source>The proxy receives each request and passes it on to the device (RFC 7252 §5.7). Discovery still asks the device directly.</source>
        <translation>O proxy recebe cada requisição e a repassa ao dispositivo (RFC 7252 §5.7). A descoberta continua perguntando diretamente ao dispositivo.</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Interface (if)</translation>
    </message>
    <message>
        <source>Formats (ct)</source>
        <translation>Formatos (ct)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por último</translation>
    </message>
    <message>
        <source>Observable: the resource can be watched (RFC 7641)</source>
        <translation>Observável: o recurso pode ser acompanhado (RFC 7641)</translation>
    </message>
    <message>
        <source>Resource type (rt): what the resource is, e.g. temperature</source>
        <translation>Tipo de recurso (rt): o que o recurso é, p. ex. temperature</translation>
    </message>
    <message>
        <source>Interface description (if): how to talk to it, e.g. sensor</source>
        <translation>Descrição de interface (if): como falar com ele, p. ex. sensor</translation>
    </message>
    <message>
        <source>Content formats (ct) the device declared for the resource</source>
        <translation>Formatos de conteúdo (ct) que o dispositivo declarou para o recurso</translation>
    </message>
    <message>
        <source>Estimated size of the representation (sz)</source>
        <translation>Tamanho estimado da representação (sz)</translation>
    </message>
    <message>
        <source>When the device last answered a discovery</source>
        <translation>Quando o dispositivo respondeu pela última vez a uma descoberta</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observável</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(empty segment)</source>
        <translation>(segmento vazio)</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>observable</source>
        <translation>observável</translation>
    </message>
    <message>
        <source>Observable: right-click → Observe to watch it (RFC 7641)</source>
        <translation>Observável: clique com o botão direito → Observar para acompanhá-lo (RFC 7641)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Added by hand; it has not listed its resources.</source>
        <translation>Adicionado manualmente; ainda não listou seus recursos.</translation>
    </message>
    <message>
        <source>Known from bookmarks; not seen yet.</source>
        <translation>Conhecido pelos favoritos; ainda não visto.</translation>
    </message>
    <message>
        <source>Answered through %1</source>
        <translation>Respondeu por %1</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>Visto pela primeira vez %1, pela última vez %2</translation>
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
        <translation>Não respondeu à última descoberta.</translation>
    </message>
    <message>
        <source>Folder: the device lists resources below this path, not the path itself.</source>
        <translation>Pasta: o dispositivo lista recursos abaixo deste caminho, não o caminho em si.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Interface: %1</source>
        <translation>Interface: %1</translation>
    </message>
    <message>
        <source>Formats: %1</source>
        <translation>Formatos: %1</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Nos favoritos</translation>
    </message>
    <message>
        <source>Bookmarked; the device does not list it.</source>
        <translation>Nos favoritos; o dispositivo não o lista.</translation>
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
        <translation>Não existe nenhuma interface de rede chamada “%1”. Escolha uma da lista, ou Todas as interfaces.</translation>
    </message>
    <message>
        <source>%1 is down, not connected or cannot send multicast, so it was not asked. Connect it, or choose another interface.</source>
        <translation>%1 está desativada, desconectada ou não pode enviar multicast, então não foi consultada. Conecte-a ou escolha outra interface.</translation>
    </message>
    <message>
        <source>%1 has no %2 address, so %3 cannot be asked through it.</source>
        <translation>%1 não tem endereço %2, então %3 não pode ser consultado por ela.</translation>
    </message>
    <message>
        <source>Could not open a socket for discovery. %1</source>
        <translation>Não foi possível abrir um socket para a descoberta. %1</translation>
    </message>
    <message>
        <source>Could not open a socket on %1 for discovery. %2</source>
        <translation>Não foi possível abrir um socket em %1 para a descoberta. %2</translation>
    </message>
    <message>
        <source>The system has no route to %1 on %2. Is the interface connected to a network?</source>
        <translation>O sistema não tem rota para %1 em %2. A interface está conectada a uma rede?</translation>
    </message>
    <message>
        <source>The system has no route to %1. Check the cable, Wi-Fi or VPN.</source>
        <translation>O sistema não tem rota para %1. Verifique o cabo, o Wi-Fi ou a VPN.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent. %2</source>
        <translation>Não foi possível enviar a requisição para %1. %2</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the spelling, or use the device&apos;s IP address.</source>
        <translation>Não foi possível resolver o nome de host “%1”. Verifique a grafia, ou use o endereço IP do dispositivo.</translation>
    </message>
    <message>
        <source>%1 did not answer GET %2 in time. Is the device on this link and powered? It stays in the list, so you can still send it requests.</source>
        <translation>%1 não respondeu a GET %2 a tempo. O dispositivo está neste enlace e ligado? Ele continua na lista, então você ainda pode enviar requisições a ele.</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 respondeu: %2</translation>
    </message>
    <message>
        <source>The resource list of %1 is incomplete: only its first block arrived. %2</source>
        <translation>A lista de recursos de %1 está incompleta: só chegou o primeiro bloco. %2</translation>
    </message>
    <message>
        <source>Discovery failed (%1).</source>
        <translation>A descoberta falhou (%1).</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>No multicast-capable interface: no network interface of this computer is up, connected and able to send multicast, so no group could be asked. Use Add device… to ask a device by its address.</source>
        <translation>Nenhuma interface com multicast: nenhuma interface de rede deste computador está ativa, conectada e capaz de enviar multicast, então nenhum grupo pôde ser consultado. Use Adicionar dispositivo… para consultar um dispositivo pelo endereço.</translation>
    </message>
    <message>
        <source>No multicast-capable interface: %1 is not up, connected and able to send multicast, so no group could be asked. Choose another interface, or use Add device… to ask a device by its address.</source>
        <translation>Nenhuma interface com multicast: %1 não está ativa, conectada e capaz de enviar multicast, então nenhum grupo pôde ser consultado. Escolha outra interface, ou use Adicionar dispositivo… para consultar um dispositivo pelo endereço.</translation>
    </message>
    <message>
        <source>No devices answered: asked %1 for %2. Add a device by its address with Add device…, e.g. 192.168.1.20.</source>
        <translation>Nenhum dispositivo respondeu: %1 consultado por %2. Adicione um dispositivo pelo endereço com Adicionar dispositivo…, p. ex. 192.168.1.20.</translation>
    </message>
    <message numerus="yes">
        <source>%n device answered before the discovery was stopped (%1).</source>
        <translation>
            <numerusform>%n dispositivo respondeu antes de a descoberta ser parada (%1).</numerusform>
            <numerusform>%n dispositivos responderam antes de a descoberta ser parada (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices answered before the discovery was stopped (%1).</source>
        <translation>
            <numerusform>%n dispositivo respondeu antes de a descoberta ser parada (%1).</numerusform>
            <numerusform>%n dispositivos responderam antes de a descoberta ser parada (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device answered within %1.</source>
        <translation>
            <numerusform>%n dispositivo respondeu em %1.</numerusform>
            <numerusform>%n dispositivos responderam em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices answered within %1.</source>
        <translation>
            <numerusform>%n dispositivo respondeu em %1.</numerusform>
            <numerusform>%n dispositivos responderam em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for answers: %1 s left · %n device so far</source>
        <translation>
            <numerusform>Escutando respostas: faltam %1 s · %n dispositivo até agora</numerusform>
            <numerusform>Escutando respostas: faltam %1 s · %n dispositivos até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for answers: %1 s left · %n devices so far</source>
        <translation>
            <numerusform>Escutando respostas: faltam %1 s · %n dispositivo até agora</numerusform>
            <numerusform>Escutando respostas: faltam %1 s · %n dispositivos até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entry of its resource list left out: %1</source>
        <translation>
            <numerusform>%n entrada com defeito da lista de recursos foi omitida: %1</numerusform>
            <numerusform>%n entradas com defeito da lista de recursos foram omitidas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entries of its resource list left out: %1</source>
        <translation>
            <numerusform>%n entrada com defeito da lista de recursos foi omitida: %1</numerusform>
            <numerusform>%n entradas com defeito da lista de recursos foram omitidas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Its resource list is incomplete: %1</source>
        <translation>A lista de recursos está incompleta: %1</translation>
    </message>
    <message>
        <source>The rest of its resource list is still being fetched.</source>
        <translation>O restante da lista de recursos ainda está sendo obtido.</translation>
    </message>
    <message>
        <source>Listed with a filter query: it may have more resources.</source>
        <translation>Listado com uma consulta de filtro: pode ter mais recursos.</translation>
    </message>
    <message>
        <source>No devices answered: asked %1, stopped after %2. Add a device by its address with Add device…, e.g. 192.168.1.20.</source>
        <translation>Nenhum dispositivo respondeu: %1 consultado, parado após %2. Adicione um dispositivo pelo endereço com Adicionar dispositivo…, p. ex. 192.168.1.20.</translation>
    </message>
    <message>
        <source>No devices answered: nothing could be asked. Choose a group or an interface, or use Add device… to ask a device by its address.</source>
        <translation>Nenhum dispositivo respondeu: não foi possível consultar ninguém. Escolha um grupo ou uma interface, ou use Adicionar dispositivo… para consultar um dispositivo pelo endereço.</translation>
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
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>o dispositivo</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the spelling, or use the device&apos;s IP address.</source>
        <translation>Não foi possível resolver o nome de host “%1”. Verifique a grafia, ou use o endereço IP do dispositivo.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the system refused it. Check that this computer has a route to the device (cable, Wi-Fi, VPN, interface up).</source>
        <translation>Não foi possível enviar a requisição para %1: o sistema a recusou. Verifique se este computador tem uma rota até o dispositivo (cabo, Wi-Fi, VPN, interface ativa).</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmission. Is the device on this link and powered?</source>
        <translation>
            <numerusform>Nenhuma resposta de %1 após %n retransmissão. O dispositivo está neste enlace e ligado?</numerusform>
            <numerusform>Nenhuma resposta de %1 após %n retransmissões. O dispositivo está neste enlace e ligado?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmissions. Is the device on this link and powered?</source>
        <translation>
            <numerusform>Nenhuma resposta de %1 após %n retransmissão. O dispositivo está neste enlace e ligado?</numerusform>
            <numerusform>Nenhuma resposta de %1 após %n retransmissões. O dispositivo está neste enlace e ligado?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmission (%2). Is the device on this link and powered?</source>
        <translation>
            <numerusform>Nenhuma resposta de %1 após %n retransmissão (%2). O dispositivo está neste enlace e ligado?</numerusform>
            <numerusform>Nenhuma resposta de %1 após %n retransmissões (%2). O dispositivo está neste enlace e ligado?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmissions (%2). Is the device on this link and powered?</source>
        <translation>
            <numerusform>Nenhuma resposta de %1 após %n retransmissão (%2). O dispositivo está neste enlace e ligado?</numerusform>
            <numerusform>Nenhuma resposta de %1 após %n retransmissões (%2). O dispositivo está neste enlace e ligado?</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from %1 within %2. The request was non-confirmable, so it was sent only once; try CON, and check that the device is on this link and powered.</source>
        <translation>Nenhuma resposta de %1 em %2. A requisição era não confirmável (NON), então foi enviada só uma vez; tente CON e verifique se o dispositivo está neste enlace e ligado.</translation>
    </message>
    <message>
        <source>the response timeout</source>
        <translation>o prazo de resposta</translation>
    </message>
    <message>
        <source>%1 acknowledged the request but sent no response within %2. The device may be busy; try again.</source>
        <translation>%1 confirmou a requisição mas não enviou resposta em %2. O dispositivo pode estar ocupado; tente de novo.</translation>
    </message>
    <message>
        <source>%1 answered with Reset (RST): it got the message but refuses to process it, for example because it restarted or does not understand the request.</source>
        <translation>%1 respondeu com Reset (RST): recebeu a mensagem mas se recusa a processá-la, por exemplo porque reiniciou ou não entende a requisição.</translation>
    </message>
    <message>
        <source>The answer from %1 broke the CoAP rules (for example an unknown critical option) and was rejected.</source>
        <translation>A resposta de %1 violou as regras do CoAP (por exemplo, uma opção crítica desconhecida) e foi rejeitada.</translation>
    </message>
    <message>
        <source>The block-wise transfer with %1 could not be completed: the device sent an unexpected block. Try a smaller block size, or repeat the request.</source>
        <translation>A transferência Block-wise com %1 não pôde ser concluída: o dispositivo enviou um bloco inesperado. Tente um tamanho de bloco menor, ou repita a requisição.</translation>
    </message>
    <message>
        <source>The resource %1 changed repeatedly while it was transferred in blocks. Repeat the request.</source>
        <translation>O recurso %1 mudou várias vezes enquanto era transferido em blocos. Repita a requisição.</translation>
    </message>
    <message>
        <source>The request cannot be encoded: the token or an option value is too long. Check the options table.</source>
        <translation>A requisição não pode ser codificada: o token ou o valor de uma opção é longo demais. Verifique a tabela de opções.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The exchange with %1 failed.</source>
        <translation>A troca com %1 falhou.</translation>
    </message>
    <message>
        <source>The datagram is shorter than the 4-byte CoAP header.</source>
        <translation>O datagrama é mais curto que o cabeçalho CoAP de 4 bytes.</translation>
    </message>
    <message>
        <source>The datagram is not CoAP version 1.</source>
        <translation>O datagrama não é CoAP versão 1.</translation>
    </message>
    <message>
        <source>The token length is 9 to 15, which CoAP reserves.</source>
        <translation>O comprimento do token é de 9 a 15, que o CoAP reserva.</translation>
    </message>
    <message>
        <source>The datagram ends inside the token.</source>
        <translation>O datagrama termina dentro do token.</translation>
    </message>
    <message>
        <source>The code uses a reserved class (1, 6 or 7).</source>
        <translation>O código usa uma classe reservada (1, 6 ou 7).</translation>
    </message>
    <message>
        <source>An empty message (code 0.00) carries a token, options or a payload.</source>
        <translation>Uma mensagem vazia (código 0.00) traz token, opções ou carga útil.</translation>
    </message>
    <message>
        <source>An option uses the reserved delta 15.</source>
        <translation>Uma opção usa o delta reservado 15.</translation>
    </message>
    <message>
        <source>An option uses the reserved length 15.</source>
        <translation>Uma opção usa o comprimento reservado 15.</translation>
    </message>
    <message>
        <source>The datagram ends inside an option.</source>
        <translation>O datagrama termina dentro de uma opção.</translation>
    </message>
    <message>
        <source>An option number is above 65535.</source>
        <translation>Um número de opção é maior que 65535.</translation>
    </message>
    <message>
        <source>The payload marker is followed by nothing.</source>
        <translation>O marcador de carga útil não é seguido de nada.</translation>
    </message>
    <message>
        <source>The datagram is not a valid CoAP message.</source>
        <translation>O datagrama não é uma mensagem CoAP válida.</translation>
    </message>
    <message>
        <source>The local port is already used by another program. Choose another port or close that program.</source>
        <translation>A porta local já é usada por outro programa. Escolha outra porta ou feche esse programa.</translation>
    </message>
    <message>
        <source>The local address is not available on this computer. Is the interface up?</source>
        <translation>O endereço local não está disponível neste computador. A interface está ativa?</translation>
    </message>
    <message>
        <source>The system did not allow sending to %1 (a firewall, or a broadcast address).</source>
        <translation>O sistema não permitiu enviar para %1 (um firewall, ou um endereço de broadcast).</translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached from this computer. Check the cable, Wi-Fi or VPN.</source>
        <translation>A rede de %1 não pode ser alcançada a partir deste computador. Verifique o cabo, o Wi-Fi ou a VPN.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Is the device on this link and powered?</source>
        <translation>%1 não pode ser alcançado. O dispositivo está neste enlace e ligado?</translation>
    </message>
    <message>
        <source>The datagram is too large for the network. Use a smaller block size.</source>
        <translation>O datagrama é grande demais para a rede. Use um tamanho de bloco menor.</translation>
    </message>
    <message>
        <source>The network refused the datagram to %1.</source>
        <translation>A rede recusou o datagrama para %1.</translation>
    </message>
    <message>
        <source> (at position %1: “%2”)</source>
        <translation> (na posição %1: “%2”)</translation>
    </message>
    <message>
        <source> (at the end)</source>
        <translation> (no final)</translation>
    </message>
    <message>
        <source>Type a URI such as coap://192.168.1.20/sensors/temp.</source>
        <translation>Digite um URI como coap://192.168.1.20/sensors/temp.</translation>
    </message>
    <message>
        <source>The URI must start with coap:// or coaps://, e.g. coap://192.168.1.20/sensors/temp.</source>
        <translation>O URI deve começar com coap:// ou coaps://, p. ex. coap://192.168.1.20/sensors/temp.</translation>
    </message>
    <message>
        <source>Only coap:// and coaps:// URIs can be requested%1.</source>
        <translation>Só URIs coap:// e coaps:// podem ser requisitados%1.</translation>
    </message>
    <message>
        <source>The URI has no host. Write it as coap://HOST/path, e.g. coap://192.168.1.20/sensors/temp.</source>
        <translation>O URI não tem host. Escreva-o como coap://HOST/caminho, p. ex. coap://192.168.1.20/sensors/temp.</translation>
    </message>
    <message>
        <source>The host name contains a character that is not allowed%1.</source>
        <translation>O nome de host contém um caractere não permitido%1.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535%1.</source>
        <translation>A porta deve ser um número de 1 a 65535%1.</translation>
    </message>
    <message>
        <source>CoAP URIs cannot have a “#” fragment%1; remove it.</source>
        <translation>URIs CoAP não podem ter um fragmento “#”%1; remova-o.</translation>
    </message>
    <message>
        <source>A “%” must be followed by two hex digits%1 (write a literal % as %25).</source>
        <translation>Um “%” deve ser seguido de dois dígitos hexadecimais%1 (escreva um % literal como %25).</translation>
    </message>
    <message>
        <source>The IPv6 address is not valid%1. Write it in brackets, e.g. coap://[fe80::1%eth0]/.</source>
        <translation>O endereço IPv6 não é válido%1. Escreva-o entre colchetes, p. ex. coap://[fe80::1%eth0]/.</translation>
    </message>
    <message>
        <source>The IPv6 zone after “%” is empty or malformed%1; write the interface name, e.g. %eth0.</source>
        <translation>A zona IPv6 depois de “%” está vazia ou malformada%1; escreva o nome da interface, p. ex. %eth0.</translation>
    </message>
    <message>
        <source>The URI contains a space at position %1; write a space in a path as %20.</source>
        <translation>O URI contém um espaço na posição %1; escreva um espaço num caminho como %20.</translation>
    </message>
    <message>
        <source>The URI contains a character that is not allowed in a path or query%1.</source>
        <translation>O URI contém um caractere não permitido em um caminho ou consulta%1.</translation>
    </message>
    <message>
        <source>The URI is not valid%1.</source>
        <translation>O URI não é válido%1.</translation>
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
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Client error</source>
        <translation>Erro do cliente</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erro do servidor</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problema de rede</translation>
    </message>
    <message>
        <source>Unusual code</source>
        <translation>Código incomum</translation>
    </message>
    <message>
        <source>this method</source>
        <translation>este método</translation>
    </message>
    <message>
        <source>Created: the device made a new resource for %1.</source>
        <translation>Created: o dispositivo criou um recurso novo para %1.</translation>
    </message>
    <message>
        <source>Deleted: the device removed %1.</source>
        <translation>Deleted: o dispositivo removeu %1.</translation>
    </message>
    <message>
        <source>Valid: the copy you hold of %1 is still current.</source>
        <translation>Valid: a cópia que você tem de %1 ainda está atual.</translation>
    </message>
    <message>
        <source>Changed: the device accepted the request to %1.</source>
        <translation>Changed: o dispositivo aceitou a requisição para %1.</translation>
    </message>
    <message>
        <source>Content: the device sent the representation of %1.</source>
        <translation>Content: o dispositivo enviou a representação de %1.</translation>
    </message>
    <message>
        <source>Continue: the device is waiting for the next block of the request body.</source>
        <translation>Continue: o dispositivo está esperando o próximo bloco do corpo da requisição.</translation>
    </message>
    <message>
        <source>Bad Request: the device could not understand the request to %1. Check the options and payload.</source>
        <translation>Bad Request: o dispositivo não entendeu a requisição para %1. Verifique as opções e a carga útil.</translation>
    </message>
    <message>
        <source>Unauthorized: the device wants you to authenticate before it answers for %1.</source>
        <translation>Unauthorized: o dispositivo quer que você se autentique antes de responder por %1.</translation>
    </message>
    <message>
        <source>Bad Option: the device does not understand a critical option of the request. Remove it or check its value.</source>
        <translation>Bad Option: o dispositivo não entende uma opção crítica da requisição. Remova-a ou verifique o valor.</translation>
    </message>
    <message>
        <source>Forbidden: the device refuses access to %1.</source>
        <translation>Forbidden: o dispositivo recusa o acesso a %1.</translation>
    </message>
    <message>
        <source>Not Found: the device has no resource at %1</source>
        <translation>Not Found: o dispositivo não tem nenhum recurso em %1</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 does not accept %2.</source>
        <translation>Method Not Allowed: %1 não aceita %2.</translation>
    </message>
    <message>
        <source>Not Acceptable: the device cannot answer for %1 in the format asked for by Accept.</source>
        <translation>Not Acceptable: o dispositivo não pode responder por %1 no formato pedido em Accept.</translation>
    </message>
    <message>
        <source>Request Entity Incomplete: the device is missing blocks of the request body. Repeat the request.</source>
        <translation>Request Entity Incomplete: faltam ao dispositivo blocos do corpo da requisição. Repita a requisição.</translation>
    </message>
    <message>
        <source>Conflict: the request conflicts with the current state of %1.</source>
        <translation>Conflict: a requisição conflita com o estado atual de %1.</translation>
    </message>
    <message>
        <source>Precondition Failed: the If-Match or If-None-Match condition did not hold for %1.</source>
        <translation>Precondition Failed: a condição If-Match ou If-None-Match não foi satisfeita para %1.</translation>
    </message>
    <message>
        <source>Request Entity Too Large: the payload is larger than the device accepts. Try a smaller block size.</source>
        <translation>Request Entity Too Large: a carga útil é maior do que o dispositivo aceita. Tente um tamanho de bloco menor.</translation>
    </message>
    <message>
        <source>Unsupported Content-Format: %1 does not accept a payload in this format.</source>
        <translation>Unsupported Content-Format: %1 não aceita carga útil neste formato.</translation>
    </message>
    <message>
        <source>Unprocessable Entity: the device understood the payload for %1 but cannot act on its content.</source>
        <translation>Unprocessable Entity: o dispositivo entendeu a carga útil para %1 mas não pode agir sobre o conteúdo.</translation>
    </message>
    <message>
        <source>Too Many Requests: the device asks you to wait before trying again (see Max-Age).</source>
        <translation>Too Many Requests: o dispositivo pede que você espere antes de tentar de novo (veja Max-Age).</translation>
    </message>
    <message>
        <source>Internal Server Error: the device failed while handling the request to %1.</source>
        <translation>Internal Server Error: o dispositivo falhou ao tratar a requisição para %1.</translation>
    </message>
    <message>
        <source>Not Implemented: the device does not support %1.</source>
        <translation>Not Implemented: o dispositivo não suporta %1.</translation>
    </message>
    <message>
        <source>Bad Gateway: the proxy got an invalid answer from the device behind it.</source>
        <translation>Bad Gateway: o proxy recebeu uma resposta inválida do dispositivo atrás dele.</translation>
    </message>
    <message>
        <source>Service Unavailable: the device cannot answer right now; try again later (see Max-Age).</source>
        <translation>Service Unavailable: o dispositivo não pode responder agora; tente mais tarde (veja Max-Age).</translation>
    </message>
    <message>
        <source>Gateway Timeout: the proxy got no answer in time from the device behind it.</source>
        <translation>Gateway Timeout: o proxy não recebeu resposta a tempo do dispositivo atrás dele.</translation>
    </message>
    <message>
        <source>Proxying Not Supported: the device is not a proxy for this URI.</source>
        <translation>Proxying Not Supported: o dispositivo não é proxy para este URI.</translation>
    </message>
    <message>
        <source>Hop Limit Reached: the request went through too many proxies (a loop?).</source>
        <translation>Hop Limit Reached: a requisição passou por proxies demais (um loop?).</translation>
    </message>
    <message>
        <source>%1: the device accepted the request to %2.</source>
        <translation>%1: o dispositivo aceitou a requisição para %2.</translation>
    </message>
    <message>
        <source>%1: the device rejected the request to %2 as faulty.</source>
        <translation>%1: o dispositivo rejeitou a requisição para %2 como defeituosa.</translation>
    </message>
    <message>
        <source>%1: the device failed to handle the request to %2.</source>
        <translation>%1: o dispositivo falhou ao tratar a requisição para %2.</translation>
    </message>
    <message>
        <source>%1: the device answered with a code that is not a response code.</source>
        <translation>%1: o dispositivo respondeu com um código que não é código de resposta.</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation>JSON inválido em %1: %2.</translation>
    </message>
    <message>
        <source>The payload is empty, so it holds no CBOR item.</source>
        <translation>A carga útil está vazia, então não contém nenhum item CBOR.</translation>
    </message>
    <message>
        <source>the data ends inside an item</source>
        <translation>os dados terminam dentro de um item</translation>
    </message>
    <message>
        <source>a break byte (0xff) appears outside an indefinite-length item</source>
        <translation>um byte de quebra (0xff) aparece fora de um item de comprimento indefinido</translation>
    </message>
    <message>
        <source>a reserved encoding is used</source>
        <translation>é usada uma codificação reservada</translation>
    </message>
    <message>
        <source>a text string is not valid UTF-8</source>
        <translation>uma string de texto não é UTF-8 válido</translation>
    </message>
    <message>
        <source>a map has the same key twice</source>
        <translation>um mapa tem a mesma chave duas vezes</translation>
    </message>
    <message>
        <source>the items are nested too deeply</source>
        <translation>os itens estão aninhados fundo demais</translation>
    </message>
    <message>
        <source>there are bytes after the single top-level item</source>
        <translation>há bytes depois do único item de nível superior</translation>
    </message>
    <message>
        <source>Not valid CBOR at byte %1: %2.</source>
        <translation>CBOR inválido no byte %1: %2.</translation>
    </message>
    <message>
        <source>the text ends inside a value</source>
        <translation>o texto termina dentro de um valor</translation>
    </message>
    <message>
        <source>unexpected character (a missing comma, colon or bracket?)</source>
        <translation>caractere inesperado (falta uma vírgula, dois-pontos ou colchete?)</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>não é um número válido</translation>
    </message>
    <message>
        <source>a string has a bad escape or no closing quote</source>
        <translation>uma string tem um escape inválido ou não tem aspas de fechamento</translation>
    </message>
    <message>
        <source>h&apos;..&apos; needs an even number of hex digits</source>
        <translation>h&apos;..&apos; precisa de um número par de dígitos hexadecimais</translation>
    </message>
    <message>
        <source>b64&apos;..&apos; is not base64</source>
        <translation>b64&apos;..&apos; não é base64</translation>
    </message>
    <message>
        <source>simple(n) must be 0..23 or 32..255</source>
        <translation>simple(n) deve estar entre 0..23 ou 32..255</translation>
    </message>
    <message>
        <source>(_ ...) must hold only byte strings or only text strings</source>
        <translation>(_ ...) deve conter só strings de bytes ou só strings de texto</translation>
    </message>
    <message>
        <source>the values are nested too deeply</source>
        <translation>os valores estão aninhados fundo demais</translation>
    </message>
    <message>
        <source>there is more text after the value</source>
        <translation>há mais texto depois do valor</translation>
    </message>
    <message>
        <source>Not valid JSON or CBOR diagnostic notation: %1.</source>
        <translation>Não é JSON nem notação de diagnóstico CBOR válida: %1.</translation>
    </message>
    <message>
        <source>Not valid JSON or CBOR diagnostic notation at %1: %2.</source>
        <translation>Não é JSON nem notação de diagnóstico CBOR válida em %1: %2.</translation>
    </message>
    <message>
        <source>Not valid SenML: the payload is not JSON.</source>
        <translation>SenML inválido: a carga útil não é JSON.</translation>
    </message>
    <message>
        <source>Not valid SenML: the payload is not one CBOR item.</source>
        <translation>SenML inválido: a carga útil não é um único item CBOR.</translation>
    </message>
    <message>
        <source>Not valid SenML: a pack must be an array of records.</source>
        <translation>SenML inválido: um pacote deve ser um array de registros.</translation>
    </message>
    <message>
        <source>Not valid SenML: the pack has no records.</source>
        <translation>SenML inválido: o pacote não tem registros.</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>field “%1” has the wrong type</source>
        <translation>o campo “%1” tem o tipo errado</translation>
    </message>
    <message>
        <source>it has more than one of v, vs, vb, vd</source>
        <translation>tem mais de um entre v, vs, vb, vd</translation>
    </message>
    <message>
        <source>it has neither a value nor a sum</source>
        <translation>não tem nem valor nem soma</translation>
    </message>
    <message>
        <source>its name is empty or has characters SenML does not allow</source>
        <translation>o nome está vazio ou tem caracteres que o SenML não permite</translation>
    </message>
    <message>
        <source>vd is not base64url</source>
        <translation>vd não é base64url</translation>
    </message>
    <message>
        <source>it has a field “%1” that must be understood</source>
        <translation>tem um campo “%1” que precisa ser entendido</translation>
    </message>
    <message>
        <source>its version is newer than 10</source>
        <translation>a versão é mais nova que 10</translation>
    </message>
    <message>
        <source>its version differs from the other records</source>
        <translation>a versão difere da dos outros registros</translation>
    </message>
    <message>
        <source>Not valid SenML: record %1: %2.</source>
        <translation>SenML inválido: registro %1: %2.</translation>
    </message>
    <message>
        <source>a link must start with “&lt;”</source>
        <translation>um link deve começar com “&lt;”</translation>
    </message>
    <message>
        <source>the link target has no closing “&gt;”</source>
        <translation>o destino do link não tem “&gt;” de fechamento</translation>
    </message>
    <message>
        <source>an empty entry between commas</source>
        <translation>uma entrada vazia entre vírgulas</translation>
    </message>
    <message>
        <source>a bad attribute name</source>
        <translation>um nome de atributo inválido</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>um atributo sem valor</translation>
    </message>
    <message>
        <source>a bad attribute value</source>
        <translation>um valor de atributo inválido</translation>
    </message>
    <message>
        <source>a quoted string without the closing quote</source>
        <translation>uma string entre aspas sem a aspa de fechamento</translation>
    </message>
    <message>
        <source>unexpected characters after a link (a missing “,” or “;”?)</source>
        <translation>caracteres inesperados depois de um link (falta uma “,” ou “;”?)</translation>
    </message>
    <message>
        <source>an attribute value of the wrong form</source>
        <translation>um valor de atributo na forma errada</translation>
    </message>
    <message>
        <source>Not valid link format at byte %1: %2.</source>
        <translation>Formato de link inválido no byte %1: %2.</translation>
    </message>
    <message>
        <source>%1 sent a block shorter than its block size while announcing more blocks. The transfer was stopped rather than asking again and again; the device misreads RFC 7959 (some answer an empty block). Try a fixed block size in the request.</source>
        <translation>%1 enviou um bloco menor que o seu tamanho de bloco enquanto anunciava mais blocos. A transferência foi interrompida em vez de pedir de novo sem parar; o dispositivo interpreta mal a RFC 7959 (alguns respondem com um bloco vazio). Tente um tamanho de bloco fixo na requisição.</translation>
    </message>
    <message>
        <source>The answer from %1 grew past the largest body this tool accepts; the transfer was stopped.</source>
        <translation>A resposta de %1 passou da maior carga útil que esta ferramenta aceita; a transferência foi interrompida.</translation>
    </message>
    <message>
        <source>%1 kept answering without progress, so the exchange was stopped to avoid flooding the device.</source>
        <translation>%1 continuou respondendo sem avançar, então a troca foi interrompida para não sobrecarregar o dispositivo.</translation>
    </message>
    <message>
        <source>The answer from %1 carries a critical option that this tool does not implement (for example OSCORE or Q-Block), so its payload cannot be shown as a plain body.</source>
        <translation>A resposta de %1 traz uma opção crítica que esta ferramenta não implementa (por exemplo OSCORE ou Q-Block), então a carga útil não pode ser mostrada como conteúdo simples.</translation>
    </message>
    <message>
        <source>The resource %1 changed again after the block-wise transfer had started over for its new version. Repeat the request when it changes less often.</source>
        <translation>O recurso %1 mudou de novo depois que a transferência Block-wise recomeçou para a nova versão. Repita a requisição quando ele mudar com menos frequência.</translation>
    </message>
    <message>
        <source>%1 broke the CoAP rules in a way that trying again cannot fix; the exchange was stopped.</source>
        <translation>%1 violou as regras do CoAP de um jeito que uma nova tentativa não resolve; a troca foi interrompida.</translation>
    </message>
    <message>
        <source>Nothing listens on the port of %1: its system answered “port unreachable”. Check the port number, and that the CoAP service on the device is running.</source>
        <translation>Nada escuta na porta de %1: o sistema respondeu “porta inacessível”. Verifique o número da porta e se o serviço CoAP do dispositivo está em execução.</translation>
    </message>
    <message>
        <source>The proxy URI is empty.</source>
        <translation>A URI do proxy está vazia.</translation>
    </message>
    <message>
        <source>The proxy URI is not usable: %1</source>
        <extracomment>%1 why the URI is not valid</extracomment>
        <translation>A URI do proxy não pode ser usada: %1</translation>
    </message>
    <message>
        <source>A proxy is only a host and a port, such as coap://10.0.0.1:5683; the path belongs in the request&apos;s URI.</source>
        <translation>Um proxy é apenas um host e uma porta, como coap://10.0.0.1:5683; o caminho vai na URI da requisição.</translation>
    </message>
    <message>
        <source>The URI names an IPv6 zone (%eth0), which means nothing to the proxy; use the device&apos;s global address, or send without the proxy.</source>
        <translation>A URI indica uma zona IPv6 (%eth0), que não significa nada para o proxy; use o endereço global do dispositivo ou envie sem o proxy.</translation>
    </message>
    <message>
        <source>The URI is longer than a Proxy-Uri option can hold (1034 bytes); choose Proxy-Scheme in Settings.</source>
        <translation>A URI é mais longa do que cabe em uma opção Proxy-Uri (1034 bytes); escolha Proxy-Scheme nas Configurações.</translation>
    </message>
    <message>
        <source>Bad Gateway: the proxy %1 could not get a valid answer from %2. The device may be off, or nothing serves CoAP at that address and port.</source>
        <translation>Bad Gateway: o proxy %1 não obteve uma resposta válida de %2. O dispositivo pode estar desligado, ou nada serve CoAP nesse endereço e porta.</translation>
    </message>
    <message>
        <source>Gateway Timeout: the proxy %1 got no answer from %2 in time. The device may be off, asleep or out of the proxy&apos;s reach.</source>
        <translation>Gateway Timeout: o proxy %1 não recebeu resposta de %2 a tempo. O dispositivo pode estar desligado, dormindo ou fora do alcance do proxy.</translation>
    </message>
    <message>
        <source>Proxying Not Supported: %1 does not forward this request. It is no proxy, or not for this kind of URI; check the proxy in Settings or the device&apos;s proxy.</source>
        <translation>Proxying Not Supported: %1 não encaminha esta requisição. Não é um proxy, ou não para este tipo de URI; verifique o proxy nas Configurações ou o proxy do dispositivo.</translation>
    </message>
    <message>
        <source>via proxy %1 (%2)</source>
        <extracomment>%1 the proxy&apos;s address, %2 the option that names the device: Proxy-Uri or Proxy-Scheme</extracomment>
        <translation>via proxy %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <source>Message log</source>
        <translation>Registro de mensagens</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>The simulated devices could not start: %1</source>
        <translation>Não foi possível iniciar os dispositivos simulados: %1</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n simulated device(s) on this computer</source>
        <translation>
            <numerusform>Demo: %n dispositivo simulado neste computador</numerusform>
            <numerusform>Demo: %n dispositivos simulados neste computador</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>C&amp;hart this resource</source>
        <translation>Mostrar este recurso no &amp;gráfico</translation>
    </message>
    <message>
        <source>Plot the values of the resource in the form in the Charts panel; it is observed if it is not yet</source>
        <translation>Mostrar os valores do recurso do formulário no painel Gráficos; ele é observado se ainda não estiver</translation>
    </message>
    <message>
        <source>&amp;Monitor view</source>
        <translation>Visão de &amp;monitor</translation>
    </message>
    <message>
        <source>Give the charts the whole window for watching, and back (Ctrl+Shift+M)</source>
        <translation>Dar aos gráficos a janela inteira para acompanhar, e voltar (Ctrl+Shift+M)</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) were running when CoAP Explorer closed. Observe them again?</source>
        <translation>
            <numerusform>%n observação estava em andamento quando o CoAP Explorer foi fechado. Observar de novo?</numerusform>
            <numerusform>%n observações estavam em andamento quando o CoAP Explorer foi fechado. Observar de novo?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Agora não</translation>
    </message>
    <message>
        <source>Close the charts</source>
        <translation>Fechar os gráficos</translation>
    </message>
    <message numerus="yes">
        <source>The charts observe %n resource(s). Stop these observations?</source>
        <translation>
            <numerusform>Os gráficos observam %n recurso. Parar esta observação?</numerusform>
            <numerusform>Os gráficos observam %n recursos. Parar estas observações?</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations the request form shows keep running.</source>
        <translation>As observações que o formulário de requisição mostra continuam em andamento.</translation>
    </message>
    <message>
        <source>&amp;Stop observing</source>
        <translation>&amp;Parar de observar</translation>
    </message>
    <message>
        <source>&amp;Keep observing</source>
        <translation>&amp;Continuar observando</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Abrir captura</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Capturas (*.pcap *.pcapng *.cap *.dmp);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>No chartable value in the %n notification(s) of %1</source>
        <translation>
            <numerusform>Nenhum valor para gráfico na %n notificação de %1</numerusform>
            <numerusform>Nenhum valor para gráfico nas %n notificações de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;capture…</source>
        <translation>Abrir &amp;captura…</translation>
    </message>
    <message>
        <source>Open a pcap or pcapng capture (tcpdump, Wireshark) and show its CoAP datagrams</source>
        <translation>Abrir uma captura pcap ou pcapng (tcpdump, Wireshark) e mostrar seus datagramas CoAP</translation>
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
        <translation>Ler:</translation>
    </message>
    <message>
        <source>Watch:</source>
        <translation>Observar:</translation>
    </message>
    <message>
        <source>Methods, Content-Type, Accept and ETags are passed on; a device that does not answer gives 504, one that cannot be reached 502. With Accept: text/event-stream a GET observes the resource and sends each notification as an event.</source>
        <translation>Métodos, Content-Type, Accept e ETags são repassados; um dispositivo que não responde dá 504, um que não pode ser alcançado, 502. Com Accept: text/event-stream, um GET observa o recurso e envia cada notificação como um evento.</translation>
    </message>
    <message>
        <source>&amp;Stop serving</source>
        <translation>&amp;Parar de servir</translation>
    </message>
    <message>
        <source>The devices this window reaches are served at &lt;b&gt;%1&lt;/b&gt;/coap://&lt;i&gt;device&lt;/i&gt;/&lt;i&gt;path&lt;/i&gt;. Only programs on this computer can connect (loopback).</source>
        <translation>Os dispositivos que esta janela alcança são servidos em &lt;b&gt;%1&lt;/b&gt;/coap://&lt;i&gt;dispositivo&lt;/i&gt;/&lt;i&gt;caminho&lt;/i&gt;. Só programas deste computador podem se conectar (loopback).</translation>
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
        <translation>Permite que curl, um navegador ou um script neste computador alcancem os dispositivos: http://127.0.0.1:8080/coap://dispositivo/caminho (RFC 8075)</translation>
    </message>
    <message>
        <source>Serve devices over HTTP</source>
        <translation>Servir dispositivos por HTTP</translation>
    </message>
    <message>
        <source>The devices are served over HTTP here; click for examples</source>
        <translation>Os dispositivos são servidos aqui por HTTP; clique para ver exemplos</translation>
    </message>
    <message>
        <source>The HTTP gateway could not start: %1</source>
        <translation>Não foi possível iniciar o gateway HTTP: %1</translation>
    </message>
    <message>
        <source>HTTP: %1</source>
        <translation>HTTP: %1</translation>
    </message>
    <message>
        <source>event streams: %1</source>
        <translation>fluxos de eventos: %1</translation>
    </message>
    <message>
        <source>Ser&amp;ve devices over HTTP</source>
        <translation>Servir dispositivos por &amp;HTTP</translation>
    </message>
    <message>
        <source>HTTP Gateway Add&amp;ress…</source>
        <translation>&amp;Endereço do gateway HTTP…</translation>
    </message>
</context>
<context>
    <name>InlineBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar esta mensagem</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Ocultar mensagem</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
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
        <translation>sem socket</translation>
    </message>
    <message>
        <source>UDP port %1</source>
        <translation>porta UDP %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Settings: transmission parameters, block size, discovery, language</source>
        <translation>Configurações: parâmetros de transmissão, tamanho de bloco, descoberta, idioma</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Enviar a requisição (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running exchange or observation (Esc)</source>
        <translation>Cancelar a troca ou a observação em andamento (Esc)</translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation>&amp;Observar</translation>
    </message>
    <message>
        <source>Observe the resource: the device sends every change (Ctrl+O)</source>
        <translation>Observar o recurso: o dispositivo envia cada mudança (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Descobrir</translation>
    </message>
    <message>
        <source>Ask the local network which CoAP devices are there (Ctrl+D)</source>
        <translation>Perguntar à rede local quais dispositivos CoAP existem (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>&amp;Adicionar dispositivo…</translation>
    </message>
    <message>
        <source>Add a device by its address</source>
        <translation>Adicionar um dispositivo pelo endereço</translation>
    </message>
    <message>
        <source>&amp;About CoAP Explorer</source>
        <translation>&amp;Sobre o CoAP Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requisição</translation>
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
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descobrir</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>No devices yet.

Press Discover (Ctrl+D) to ask the local network, or Add device… to enter an address.</source>
        <translation>Ainda não há dispositivos.

Clique em Descobrir (Ctrl+D) para perguntar à rede local, ou em Adicionar dispositivo… para digitar um endereço.</translation>
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
            <numerusform>%n troca</numerusform>
            <numerusform>%n trocas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n troca</numerusform>
            <numerusform>%n trocas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmission</source>
        <translation>
            <numerusform>%n retransmissão</numerusform>
            <numerusform>%n retransmissões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmissions</source>
        <translation>
            <numerusform>%n retransmissão</numerusform>
            <numerusform>%n retransmissões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation</source>
        <translation>
            <numerusform>%n observação</numerusform>
            <numerusform>%n observações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observations</source>
        <translation>
            <numerusform>%n observação</numerusform>
            <numerusform>%n observações</numerusform>
        </translation>
    </message>
    <message>
        <source>Observing uses GET.</source>
        <translation>Observar usa GET.</translation>
    </message>
    <message>
        <source>Observing %1 — waiting for the first notification…</source>
        <translation>Observando %1 — aguardando a primeira notificação…</translation>
    </message>
    <message>
        <source>%1 %2 — waiting for an answer…</source>
        <translation>%1 %2 — aguardando uma resposta…</translation>
    </message>
    <message>
        <source>observing, notification %1</source>
        <translation>observando, notificação %1</translation>
    </message>
    <message>
        <source>observation cancelled</source>
        <translation>observação cancelada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Cancelled before an answer arrived.</source>
        <translation>Cancelado antes de chegar uma resposta.</translation>
    </message>
    <message numerus="yes">
        <source>observation ended after %n notification</source>
        <translation>
            <numerusform>observação encerrada após %n notificação</numerusform>
            <numerusform>observação encerrada após %n notificações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>observation ended after %n notifications</source>
        <translation>
            <numerusform>observação encerrada após %n notificação</numerusform>
            <numerusform>observação encerrada após %n notificações</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange ended without an answer.</source>
        <translation>A troca terminou sem resposta.</translation>
    </message>
    <message>
        <source>Resume o&amp;bservation of %1</source>
        <translation>Retomar o&amp;bservação de %1</translation>
    </message>
    <message>
        <source>&amp;Save payload…</source>
        <translation>&amp;Salvar carga útil…</translation>
    </message>
    <message>
        <source>Go to the &amp;URI field</source>
        <translation>Ir para o campo &amp;URI</translation>
    </message>
    <message>
        <source>Add &amp;option</source>
        <translation>Adicionar &amp;opção</translation>
    </message>
    <message>
        <source>Clear URI &amp;history</source>
        <translation>Limpar &amp;histórico de URIs</translation>
    </message>
    <message>
        <source>&amp;Repeat request</source>
        <translation>&amp;Repetir requisição</translation>
    </message>
    <message>
        <source>Resume o&amp;bservation</source>
        <translation>Retomar o&amp;bservação</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Discovery &amp;settings…</source>
        <translation>&amp;Configurações de descoberta…</translation>
    </message>
    <message>
        <source>Stop &amp;observing</source>
        <translation>Parar de &amp;observar</translation>
    </message>
    <message>
        <source>End the observation of this resource; the device is told (Ctrl+O)</source>
        <translation>Encerrar a observação deste recurso; o dispositivo é avisado (Ctrl+O)</translation>
    </message>
    <message>
        <source>%1 %2 — no answer yet: retransmission %3 of %4, gives up in about %5. Esc cancels.</source>
        <extracomment>%1 method, %2 URI, %3 the retransmission number, %4 how many there are at most, %5 a duration such as &quot;70 s&quot;</extracomment>
        <translation>%1 %2 — ainda sem resposta: retransmissão %3 de %4, desiste em cerca de %5. Esc cancela.</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <extracomment>%1 the address of the forward proxy the request went to</extracomment>
        <translation>o proxy %1</translation>
    </message>
    <message>
        <source>Cop&amp;y as</source>
        <translation>Cop&amp;iar como</translation>
    </message>
    <message>
        <source>Copy the request in the form as a command line for another tool</source>
        <translation>Copiar a requisição do formulário como linha de comando para outra ferramenta</translation>
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
        <translation>← recebido</translation>
    </message>
    <message>
        <source>Confirmable</source>
        <translation>Confirmável</translation>
    </message>
    <message>
        <source>Non-confirmable</source>
        <translation>Não confirmável</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Confirmação (ACK)</translation>
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
        <translation>malformado: %1</translation>
    </message>
    <message>
        <source>retransmission %1</source>
        <translation>retransmissão %1</translation>
    </message>
    <message>
        <source>duplicate: reply sent again</source>
        <translation>duplicado: resposta reenviada</translation>
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
        <translation>recebido</translation>
    </message>
    <message>
        <source>%1 (engine clock %2 ms)</source>
        <translation>%1 (relógio do motor %2 ms)</translation>
    </message>
    <message>
        <source>Empty message (0.00)</source>
        <translation>Mensagem vazia (0.00)</translation>
    </message>
    <message>
        <source>Request %1 (%2)</source>
        <translation>Requisição %1 (%2)</translation>
    </message>
    <message>
        <source>%1: success</source>
        <translation>%1: sucesso</translation>
    </message>
    <message>
        <source>%1: client error</source>
        <translation>%1: erro do cliente</translation>
    </message>
    <message>
        <source>%1: server error</source>
        <translation>%1: erro do servidor</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Sem token</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Token de %1</translation>
    </message>
    <message>
        <source>Round-trip time since the first transmission of the request</source>
        <translation>Tempo de ida e volta desde a primeira transmissão da requisição</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 Found at byte %2.</source>
        <translation>%1 Encontrado no byte %2.</translation>
    </message>
    <message>
        <source>Sent again because no acknowledgement came in time (RFC 7252 §4.2).</source>
        <translation>Reenviado porque nenhuma confirmação chegou a tempo (RFC 7252 §4.2).</translation>
    </message>
    <message>
        <source>The peer repeated a message; the same reply was sent again (RFC 7252 §4.5).</source>
        <translation>O outro lado repetiu uma mensagem; a mesma resposta foi reenviada (RFC 7252 §4.5).</translation>
    </message>
    <message>
        <source>The same message arrived again; it was acted on once only (RFC 7252 §4.5).</source>
        <translation>A mesma mensagem chegou de novo; foi processada uma única vez (RFC 7252 §4.5).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Outro lado</translation>
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
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Wall-clock time when the datagram was logged</source>
        <translation>Hora do relógio quando o datagrama foi registrado</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID da mensagem (Message ID)</translation>
    </message>
    <message>
        <source>Size of the whole datagram in bytes</source>
        <translation>Tamanho do datagrama inteiro em bytes</translation>
    </message>
    <message>
        <source>Round-trip time of a response or acknowledgement</source>
        <translation>Tempo de ida e volta de uma resposta ou confirmação</translation>
    </message>
    <message>
        <source>Retransmissions, duplicates and decoding errors</source>
        <translation>Retransmissões, duplicados e erros de decodificação</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
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
        <translation>Mostrar apenas os datagramas de um dispositivo</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Todos os dispositivos</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
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
        <translation>Malformados</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Só problemas</translation>
    </message>
    <message>
        <source>Retransmissions, duplicates, resets, malformed datagrams and 4.xx/5.xx answers</source>
        <translation>Retransmissões, duplicados, resets, datagramas malformados e respostas 4.xx/5.xx</translation>
    </message>
    <message>
        <source>Show one message type only, or only what looks wrong</source>
        <translation>Mostrar só um tipo de mensagem, ou só o que parece errado</translation>
    </message>
    <message>
        <source>Filter by peer, code, token, options or payload (Ctrl+F)</source>
        <translation>Filtrar por outro lado, código, token, opções ou carga útil (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the datagrams whose peer, code, token, options or payload text contain this text. Esc clears it.</source>
        <translation>Mostra os datagramas cujo outro lado, código, token, opções ou texto da carga útil contêm este texto. Esc limpa.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Hold new datagrams back so that the list stands still; they are still recorded and appear when you resume</source>
        <translation>Reter os datagramas novos para que a lista fique parada; eles continuam sendo registrados e aparecem ao retomar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Remove every datagram from the log and reset the counters</source>
        <translation>Remover todos os datagramas do registro e zerar os contadores</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Hex dump</source>
        <translation>Dump hexadecimal</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensagens</translation>
    </message>
    <message>
        <source>Decoded datagram</source>
        <translation>Datagrama decodificado</translation>
    </message>
    <message>
        <source>Hex dump of the datagram</source>
        <translation>Dump hexadecimal do datagrama</translation>
    </message>
    <message>
        <source>No datagrams</source>
        <translation>Nenhum datagrama</translation>
    </message>
    <message>
        <source>Datagrams: %1</source>
        <translation>Datagramas: %1</translation>
    </message>
    <message>
        <source>None of %1 match the filter</source>
        <translation>Nenhum dos %1 corresponde ao filtro</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 exibidos</translation>
    </message>
    <message>
        <source>paused, %1 held back</source>
        <translation>pausado, %1 retidos</translation>
    </message>
    <message>
        <source>(no longer in the log)</source>
        <translation>(não está mais no registro)</translation>
    </message>
    <message>
        <source>%1 %2 %3, MID %4 at %5</source>
        <translation>%1 %2 %3, MID %4 às %5</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recebido</translation>
    </message>
    <message>
        <source>malformed datagram at %1</source>
        <translation>datagrama malformado às %1</translation>
    </message>
    <message>
        <source>(held back while paused)</source>
        <translation>(retido durante a pausa)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>to</source>
        <translation>para</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>%1 · engine clock %2 ms · %3</source>
        <translation>%1 · relógio do motor %2 ms · %3</translation>
    </message>
    <message>
        <source>Malformed.</source>
        <translation>Malformado.</translation>
    </message>
    <message>
        <source>%1 Found at byte %2.</source>
        <translation>%1 Encontrado no byte %2.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
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
        <translation>ID da mensagem</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>não pode ser lido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>No options</source>
        <translation>Sem opções</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Sem carga útil</translation>
    </message>
    <message>
        <source>Content-Format %1</source>
        <translation>Content-Format %1</translation>
    </message>
    <message>
        <source>Not UTF-8 text; see the hex dump.</source>
        <translation>Não é texto UTF-8; veja o dump hexadecimal.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Tempo de ida e volta</translation>
    </message>
    <message>
        <source>%1 (since the first transmission)</source>
        <translation>%1 (desde a primeira transmissão)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
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
        <translation>Retransmissão de</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplicado de</translation>
    </message>
    <message>
        <source>Other repeats</source>
        <translation>Outras repetições</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Retransmissões</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Troca</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>cabeçalho %1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>token %1</translation>
    </message>
    <message>
        <source>options %1</source>
        <translation>opções %1</translation>
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
        <translation>Ainda não há datagramas. Cada datagrama que o aplicativo envia ou recebe aparece aqui: envie uma requisição ou inicie uma descoberta.</translation>
    </message>
    <message>
        <source>Select a datagram to see it decoded and in hex, with its request or response and its retransmissions.</source>
        <translation>Selecione um datagrama para vê-lo decodificado e em hexadecimal, com sua requisição ou resposta e suas retransmissões.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Go to &amp;request</source>
        <translation>Ir para a &amp;requisição</translation>
    </message>
    <message>
        <source>Go to &amp;response</source>
        <translation>Ir para a r&amp;esposta</translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation>Copiar como &amp;hexadecimal</translation>
    </message>
    <message>
        <source>Clear &amp;filter</source>
        <translation>Limpar o &amp;filtro</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Acompanhar</translation>
    </message>
    <message>
        <source>Keep the newest datagram in view; stops while a row is selected or the list is scrolled up</source>
        <translation>Mantém o datagrama mais recente visível; para quando uma linha é selecionada ou a lista é rolada para cima</translation>
    </message>
    <message>
        <source>All rows as &amp;CSV…</source>
        <translation>Todas as linhas como &amp;CSV…</translation>
    </message>
    <message>
        <source>All rows as &amp;JSON…</source>
        <translation>Todas as linhas como &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Filtered rows as CSV…</source>
        <translation>Linhas &amp;filtradas como CSV…</translation>
    </message>
    <message>
        <source>Filtered rows as JS&amp;ON…</source>
        <translation>Linhas filtradas como JS&amp;ON…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar linhas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a device in the log&apos;s device filter: %1 its name, %2 its address</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Export filtered rows</source>
        <translation>Exportar linhas filtradas</translation>
    </message>
    <message>
        <source>Export all rows</source>
        <translation>Exportar todas as linhas</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha ao exportar</translation>
    </message>
    <message>
        <source>Show only &amp;this device</source>
        <translation>Mostrar só es&amp;te dispositivo</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copiar linhas</translation>
    </message>
    <message>
        <source>All rows as &amp;pcapng (Wireshark)…</source>
        <translation>Todas as linhas como &amp;pcapng (Wireshark)…</translation>
    </message>
    <message>
        <source>Filtered rows as pc&amp;apng (Wireshark)…</source>
        <translation>Linhas filtradas como pc&amp;apng (Wireshark)…</translation>
    </message>
    <message>
        <source>Wireshark captures (*.pcapng)</source>
        <translation>Capturas do Wireshark (*.pcapng)</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>Copiar co&amp;mo</translation>
    </message>
    <message>
        <source>Chart this res&amp;ource</source>
        <translation>Exibir este rec&amp;urso em gráfico</translation>
    </message>
    <message>
        <source>Save the log as CSV, JSON or pcapng (Wireshark)</source>
        <translation>Salvar o registro como CSV, JSON ou pcapng (Wireshark)</translation>
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
        <translation>parando: avisando o dispositivo…</translation>
    </message>
    <message>
        <source>waiting for the first notification…</source>
        <translation>aguardando a primeira notificação…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the time of day of the last notification, %2 the start of its payload</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Last notification</source>
        <translation>Última notificação</translation>
    </message>
</context>
<context>
    <name>ObservationsPanel</name>
    <message>
        <source>Observations</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Stop observing</source>
        <translation>Parar de observar</translation>
    </message>
    <message>
        <source>End the selected observations; the devices are told (Delete)</source>
        <translation>Encerrar as observações selecionadas; os dispositivos são avisados (Delete)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Parar todas</translation>
    </message>
    <message>
        <source>End every running observation</source>
        <translation>Encerrar todas as observações em andamento</translation>
    </message>
    <message>
        <source>Nothing is observed. Right-click a resource and choose Observe or Chart.</source>
        <translation>Nada está sendo observado. Clique com o botão direito em um recurso e escolha Observar ou Gráfico.</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) running</source>
        <translation>
            <numerusform>%n observação em andamento</numerusform>
            <numerusform>%n observações em andamento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsItemDelegate</name>
    <message>
        <source>name or number</source>
        <translation>nome ou número</translation>
    </message>
</context>
<context>
    <name>OptionsTableModel</name>
    <message>
        <source>text, or bytes in hex after 0x</source>
        <translation>texto, ou bytes em hexadecimal depois de 0x</translation>
    </message>
    <message>
        <source>a content format: a number or a media type such as application/json</source>
        <translation>um formato de conteúdo: um número ou um tipo de mídia como application/json</translation>
    </message>
    <message>
        <source>NUM/MORE/SIZE, e.g. 0/0/64</source>
        <translation>NUM/MORE/SIZE, p. ex. 0/0/64</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sem valor</translation>
    </message>
    <message>
        <source>a number from 0 to %1</source>
        <translation>um número de 0 a %1</translation>
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
            <numerusform>%n byte em hexadecimal, p. ex. 0a</numerusform>
            <numerusform>%n bytes em hexadecimal, p. ex. 0a1b</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes in hex, e.g. 0a1b</source>
        <translation>
            <numerusform>%n byte em hexadecimal, p. ex. 0a</numerusform>
            <numerusform>%n bytes em hexadecimal, p. ex. 0a1b</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 bytes in hex, e.g. 0a1b2c</source>
        <translation>%1 a %2 bytes em hexadecimal, p. ex. 0a1b2c</translation>
    </message>
    <message>
        <source>Option %1: after 0x write bytes in hex, two digits each.</source>
        <translation>Opção %1: depois de 0x escreva bytes em hexadecimal, dois dígitos cada.</translation>
    </message>
    <message>
        <source>%1 takes no value; leave the cell empty.</source>
        <translation>%1 não leva valor; deixe a célula vazia.</translation>
    </message>
    <message>
        <source>%1 takes a content format: a number 0 to 65535 or a media type such as application/json.</source>
        <translation>%1 leva um formato de conteúdo: um número de 0 a 65535 ou um tipo de mídia como application/json.</translation>
    </message>
    <message>
        <source>%1 is written NUM/MORE/SIZE: a block number below 1048576, 0 or 1, and a size of 16, 32, 64, 128, 256, 512 or 1024, e.g. 0/0/64.</source>
        <translation>%1 é escrito NUM/MORE/SIZE: um número de bloco menor que 1048576, 0 ou 1, e um tamanho de 16, 32, 64, 128, 256, 512 ou 1024, p. ex. 0/0/64.</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 0 to %2.</source>
        <translation>%1 leva um número inteiro de 0 a %2.</translation>
    </message>
    <message>
        <source>%1 takes text of %2 to %3 bytes; this is %4.</source>
        <translation>%1 leva texto de %2 a %3 bytes; este tem %4.</translation>
    </message>
    <message>
        <source>%1 takes bytes written in hex, two digits per byte, e.g. 0a1b2c.</source>
        <translation>%1 leva bytes escritos em hexadecimal, dois dígitos por byte, p. ex. 0a1b2c.</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 bytes; this is %4.</source>
        <translation>%1 leva de %2 a %3 bytes; este tem %4.</translation>
    </message>
    <message>
        <source>Choose an option for this value: type a name such as Uri-Query, or a number.</source>
        <translation>Escolha uma opção para este valor: digite um nome como Uri-Query, ou um número.</translation>
    </message>
    <message>
        <source>“%1” is not a registered option; type a name such as Uri-Query, or its number (0 to 65535).</source>
        <translation>“%1” não é uma opção registrada; digite um nome como Uri-Query, ou o número dela (0 a 65535).</translation>
    </message>
    <message>
        <source>%1 may appear only once; it is already in row %2.</source>
        <translation>%1 só pode aparecer uma vez; ela já está na linha %2.</translation>
    </message>
    <message>
        <source>Option row %1: %2</source>
        <translation>Linha de opção %1: %2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>elective</source>
        <translation>eletiva</translation>
    </message>
    <message>
        <source>unsafe to forward</source>
        <translation>não segura para encaminhar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (option %2): %3</source>
        <translation>%1 (opção %2): %3</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opção</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
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
        <translation>&amp;Carregar…</translation>
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
        <translation>CBOR (digitado como JSON ou notação de diagnóstico)</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>Bytes em hexadecimal</translation>
    </message>
    <message>
        <source>How the text below is turned into the bytes that are sent</source>
        <translation>Como o texto abaixo é transformado nos bytes enviados</translation>
    </message>
    <message>
        <source>Payload input format</source>
        <translation>Formato de entrada da carga útil</translation>
    </message>
    <message>
        <source>Load the payload from a file</source>
        <translation>Carregar a carga útil de um arquivo</translation>
    </message>
    <message>
        <source>(no Content-Format)</source>
        <translation>(sem Content-Format)</translation>
    </message>
    <message>
        <source>The Content-Format option sent with the payload</source>
        <translation>A opção Content-Format enviada com a carga útil</translation>
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
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Load payload</source>
        <translation>Carregar carga útil</translation>
    </message>
    <message>
        <source>All files (*);;JSON (*.json);;CBOR (*.cbor);;Text (*.txt)</source>
        <translation>Todos os arquivos (*);;JSON (*.json);;CBOR (*.cbor);;Texto (*.txt)</translation>
    </message>
    <message>
        <source>The Content-Format “%1” is not a registered media type or a number 0 to 65535.</source>
        <translation>O Content-Format “%1” não é um tipo de mídia registrado nem um número de 0 a 65535.</translation>
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
            <numerusform>{%n membro}</numerusform>
            <numerusform>{%n membros}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n members}</source>
        <translation>
            <numerusform>{%n membro}</numerusform>
            <numerusform>{%n membros}</numerusform>
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
        <translation>string</translation>
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
        <translation>tag %1</translation>
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
        <translation>inteiro</translation>
    </message>
    <message>
        <source>float</source>
        <translation>ponto flutuante</translation>
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
        <translation>(soma %1)</translation>
    </message>
    <message>
        <source>Hex needs two digits per byte; the last byte has only one.</source>
        <translation>O hexadecimal precisa de dois dígitos por byte; o último byte tem só um.</translation>
    </message>
    <message>
        <source>“%1” at %2 is not a hex digit.</source>
        <translation>“%1” em %2 não é um dígito hexadecimal.</translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>&amp;Add option</source>
        <translation>&amp;Adicionar opção</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Request method (Alt+M)</source>
        <translation>Método da requisição (Alt+M)</translation>
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
        <translation>O recurso a requisitar, p. ex. coap://192.168.1.20/sensors/temp (Ctrl+L)</translation>
    </message>
    <message>
        <source>coap://192.168.1.20/sensors/temp</source>
        <translation>coap://192.168.1.20/sensors/temp</translation>
    </message>
    <message>
        <source>CON (confirmable)</source>
        <translation>CON (confirmável)</translation>
    </message>
    <message>
        <source>NON (non-confirmable)</source>
        <translation>NON (não confirmável)</translation>
    </message>
    <message>
        <source>CON is retransmitted until the device acknowledges it; NON is sent once</source>
        <translation>CON é retransmitida até o dispositivo confirmar; NON é enviada uma única vez</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(qualquer)</translation>
    </message>
    <message>
        <source>Accept: the content format you want the answer in</source>
        <translation>Accept: o formato de conteúdo em que você quer a resposta</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Largest block for block-wise transfers (RFC 7959)</source>
        <translation>Maior bloco para transferências Block-wise (RFC 7959)</translation>
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
        <translation>Tamanho do &amp;bloco:</translation>
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
        <translation>Opções da requisição</translation>
    </message>
    <message>
        <source>Extra options; the URI already gives Uri-Host, Uri-Port, Uri-Path and Uri-Query</source>
        <translation>Opções extras; o URI já dá Uri-Host, Uri-Port, Uri-Path e Uri-Query</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Opções:</translation>
    </message>
    <message>
        <source>Add a row: type an option name such as ETag, or its number</source>
        <translation>Adicionar uma linha: digite um nome de opção como ETag, ou o número dela</translation>
    </message>
    <message>
        <source>Remove the selected option rows</source>
        <translation>Remover as linhas de opção selecionadas</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI: %1</translation>
    </message>
    <message>
        <source>%1 requests carry no payload; choose PUT, POST, FETCH, PATCH or iPATCH to send it.</source>
        <translation>Requisições %1 não levam carga útil; escolha PUT, POST, FETCH, PATCH ou iPATCH para enviá-la.</translation>
    </message>
    <message>
        <source>Requests to this device go through a forward proxy (Settings, or the device&apos;s context menu in the tree)</source>
        <translation>As requisições para este dispositivo passam por um proxy de encaminhamento (Configurações, ou o menu de contexto do dispositivo na árvore)</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>&amp;Save payload…</source>
        <translation>&amp;Salvar carga útil…</translation>
    </message>
    <message>
        <source>Send a request with Ctrl+Return to see the answer here.</source>
        <translation>Envie uma requisição com Ctrl+Enter para ver a resposta aqui.</translation>
    </message>
    <message>
        <source>Save the payload bytes to a file (Ctrl+S)</source>
        <translation>Salvar os bytes da carga útil em um arquivo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Response options</source>
        <translation>Opções da resposta</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
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
        <translation>Interface</translation>
    </message>
    <message>
        <source>Content formats</source>
        <translation>Formatos de conteúdo</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>Observável</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation>Outros atributos</translation>
    </message>
    <message>
        <source>Double-click a link (or press Enter) to open its URI in the request</source>
        <translation>Clique duas vezes em um link (ou pressione Enter) para abrir o URI dele na requisição</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
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
        <translation>L&amp;ink</translation>
    </message>
    <message>
        <source>SenML</source>
        <translation>SenML</translation>
    </message>
    <message>
        <source>Ima&amp;ge</source>
        <translation>Ima&amp;gem</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Unregistered code</source>
        <translation>Código não registrado</translation>
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
        <translation>sem token</translation>
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
            <numerusform>%n retransmissão</numerusform>
            <numerusform>%n retransmissões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmissions</source>
        <translation>
            <numerusform>%n retransmissão</numerusform>
            <numerusform>%n retransmissões</numerusform>
        </translation>
    </message>
    <message>
        <source>· notification %1 (Observe %2)</source>
        <translation>· notificação %1 (Observe %2)</translation>
    </message>
    <message>
        <source>· notification %1</source>
        <translation>· notificação %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recebidos</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(raiz)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Clique duas vezes para abrir %1</translation>
    </message>
    <message>
        <source>The image data could not be decoded as %1.</source>
        <translation>Os dados de imagem não puderam ser decodificados como %1.</translation>
    </message>
    <message>
        <source>The payload is declared as %1 but does not parse; it is shown as text and hex. %2</source>
        <translation>A carga útil é declarada como %1 mas não pode ser analisada; ela é mostrada como texto e hexadecimal. %2</translation>
    </message>
    <message>
        <source>The payload is declared as text but is not valid UTF-8; see the Hex tab.</source>
        <translation>A carga útil é declarada como texto mas não é UTF-8 válido; veja a aba Hex.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation>Salvar carga útil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting for this answer (Esc)</source>
        <translation>Parar de esperar esta resposta (Esc)</translation>
    </message>
    <message>
        <source>from %1, the proxy for %2</source>
        <extracomment>%1 the forward proxy&apos;s address, %2 the device&apos;s URI it answered for</extracomment>
        <translation>de %1, o proxy para %2</translation>
    </message>
</context>
<context>
    <name>SecurityPart</name>
    <message>
        <source>Security &amp;credentials…</source>
        <translation>&amp;Credenciais de segurança…</translation>
    </message>
    <message>
        <source>&amp;Peer certificate…</source>
        <translation>Certificado do &amp;outro lado…</translation>
    </message>
    <message>
        <source>secured: %1</source>
        <translation>protegido: %1</translation>
    </message>
    <message>
        <source>Peer certificate</source>
        <translation>Certificado do outro lado</translation>
    </message>
    <message>
        <source>The secure connection to %1 uses a pre-shared key: the device showed no certificate.</source>
        <translation>A conexão segura com %1 usa uma chave pré-compartilhada: o dispositivo não apresentou certificado.</translation>
    </message>
    <message>
        <source>There is no secure connection to show a certificate for.</source>
        <translation>Não há nenhuma conexão segura cujo certificado possa ser mostrado.</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>The secure connection to %1 failed: the pre-shared key for identity “%2” is wrong. Check the key in Devices ▸ Security credentials.</source>
        <translation>A conexão segura com %1 falhou: a chave pré-compartilhada da identidade “%2” está errada. Confira a chave em Dispositivos ▸ Credenciais de segurança.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the device does not know the identity “%2”.</source>
        <translation>A conexão segura com %1 falhou: o dispositivo não conhece a identidade “%2”.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not signed by a trusted authority. You can view the certificate and accept it for this device.</source>
        <translation>A conexão segura com %1 falhou: o certificado dele não foi assinado por uma autoridade confiável. Você pode ver o certificado e aceitá-lo para este dispositivo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate has expired or is not valid yet.</source>
        <translation>A conexão segura com %1 falhou: o certificado dele expirou ou ainda não é válido.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not issued for “%2”.</source>
        <translation>A conexão segura com %1 falhou: o certificado dele não foi emitido para “%2”.</translation>
    </message>
    <message>
        <source>No secure connection to %1: the device did not complete the DTLS handshake in time. Is it listening for coaps on that port?</source>
        <translation>Sem conexão segura com %1: o dispositivo não concluiu o handshake DTLS a tempo. Ele está escutando coaps nessa porta?</translation>
    </message>
    <message>
        <source>The device at %1 ended the secure connection (%2).</source>
        <translation>O dispositivo %1 encerrou a conexão segura (%2).</translation>
    </message>
    <message>
        <source>No credentials for %1. Add them in Devices ▸ Security credentials.</source>
        <translation>Sem credenciais para %1. Adicione-as em Dispositivos ▸ Credenciais de segurança.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>A conexão segura com %1 falhou: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %3 to %4&lt;br&gt;&lt;b&gt;SHA-256:&lt;/b&gt; &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Titular:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Emissor:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Validade:&lt;/b&gt; de %3 a %4&lt;br&gt;&lt;b&gt;SHA-256:&lt;/b&gt; &lt;tt&gt;%5&lt;/tt&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Discover &amp;automatically when the window opens</source>
        <translation>Descobrir &amp;automaticamente ao abrir a janela</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Acknowledgement &amp;timeout (ACK_TIMEOUT):</source>
        <translation>&amp;Prazo de confirmação (ACK_TIMEOUT):</translation>
    </message>
    <message>
        <source>&amp;Random factor (ACK_RANDOM_FACTOR):</source>
        <translation>Fator &amp;aleatório (ACK_RANDOM_FACTOR):</translation>
    </message>
    <message>
        <source>Re&amp;transmissions (MAX_RETRANSMIT):</source>
        <translation>Re&amp;transmissões (MAX_RETRANSMIT):</translation>
    </message>
    <message>
        <source>&amp;Outstanding requests per device (NSTART):</source>
        <translation>Requisições pendentes por dispositivo (&amp;NSTART):</translation>
    </message>
    <message>
        <source>Multicast &amp;leisure (DEFAULT_LEISURE):</source>
        <translation>Espera de multicast (DEFAULT_&amp;LEISURE):</translation>
    </message>
    <message>
        <source>&amp;Maximum latency (MAX_LATENCY):</source>
        <translation>Latência &amp;máxima (MAX_LATENCY):</translation>
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
        <translation>Tamanho de &amp;bloco padrão:</translation>
    </message>
    <message>
        <source>To&amp;ken length:</source>
        <translation>Comprimento do to&amp;ken:</translation>
    </message>
    <message>
        <source>One multicast address per line, e.g. 224.0.1.187 or ff02::fd</source>
        <translation>Um endereço multicast por linha, p. ex. 224.0.1.187 ou ff02::fd</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ask on the checked interfaces only; none checked means all of them</source>
        <translation>Consultar só pelas interfaces marcadas; nenhuma marcada significa todas</translation>
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
        <translation>&amp;Escutar respostas por:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The window changes to the new language at once; the message log starts empty.</source>
        <translation>A janela muda para o novo idioma na hora; o registro de mensagens começa vazio.</translation>
    </message>
    <message>
        <source>Tra&amp;nsmission</source>
        <translation>Tra&amp;nsmissão</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Re&amp;quisições</translation>
    </message>
    <message>
        <source>&amp;Discovery</source>
        <translation>&amp;Descoberta</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>A confirmable request is sent at most %1 times in all and given up after at most %2 (MAX_TRANSMIT_WAIT).</source>
        <translation>Uma requisição confirmável é enviada no máximo %1 vezes ao todo e abandonada após no máximo %2 (MAX_TRANSMIT_WAIT).</translation>
    </message>
    <message>
        <source>“%1” is not a multicast address; use addresses such as 224.0.1.187 or ff02::fd, one per line.</source>
        <translation>“%1” não é um endereço multicast; use endereços como 224.0.1.187 ou ff02::fd, um por linha.</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Perguntar antes</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>&amp;Resume last run’s observations:</source>
        <translation>&amp;Retomar as observações da última execução:</translation>
    </message>
    <message>
        <source>Name the device with Proxy-&amp;Scheme and Uri-* options instead of Proxy-Uri</source>
        <translation>Indicar o dispositivo com Proxy-&amp;Scheme e opções Uri-* em vez de Proxy-Uri</translation>
    </message>
    <message>
        <source>coap://host:port (empty: send directly)</source>
        <translation>coap://host:porta (vazio: enviar diretamente)</translation>
    </message>
    <message>
        <source>Send every request to this CoAP forward proxy, which passes it on to the device. A device can have a proxy of its own: right-click it in the tree.</source>
        <translation>Enviar cada requisição a este proxy de encaminhamento CoAP, que a repassa ao dispositivo. Um dispositivo pode ter seu próprio proxy: clique com o botão direito nele na árvore.</translation>
    </message>
    <message>
        <source>Forward &amp;proxy:</source>
        <translation>&amp;Proxy de encaminhamento:</translation>
    </message>
    <message>
        <source>When the exchange of one block of a block-wise transfer gets no answer after its retransmissions, try that block again in a new exchange, this many times in a row, so that one lost exchange on a lossy link does not end the transfer. 0 ends the transfer at the first lost exchange.</source>
        <translation>Quando a troca de um bloco de uma transferência em blocos fica sem resposta após suas retransmissões, tentar esse bloco de novo em uma nova troca, até este número de vezes seguidas, para que uma troca perdida em um enlace com perdas não encerre a transferência. 0 encerra a transferência na primeira troca perdida.</translation>
    </message>
    <message>
        <source>Block retr&amp;ies:</source>
        <translation>Novas &amp;tentativas por bloco:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to CoAP Explorer</source>
        <translation>Bem-vindo ao CoAP Explorer</translation>
    </message>
    <message>
        <source>CoAP Explorer finds the CoAP devices around you, reads and changes their resources, observes them and shows every datagram. Where would you like to start?</source>
        <translation>O CoAP Explorer encontra os dispositivos CoAP ao seu redor, lê e altera os recursos deles, observa-os e mostra cada datagrama. Por onde você quer começar?</translation>
    </message>
    <message>
        <source>&amp;Find devices on this network</source>
        <translation>&amp;Encontrar dispositivos nesta rede</translation>
    </message>
    <message>
        <source>Ask the local network which CoAP devices are there (multicast, RFC 7252 §8). Later: Devices → Discover, or Ctrl+D.</source>
        <translation>Perguntar à rede local quais dispositivos CoAP existem (multicast, RFC 7252 §8). Depois: Dispositivos → Descobrir, ou Ctrl+D.</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Experimentar a demo</translation>
    </message>
    <message>
        <source>Start five simulated devices on this computer and discover them: a gateway, a door contact, temperature and humidity sensors and a wristband. Nothing leaves this computer.</source>
        <translation>Iniciar cinco dispositivos simulados neste computador e descobri-los: um gateway, um contato de porta, sensores de temperatura e umidade e uma pulseira. Nada sai deste computador.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Agora não</translation>
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
        <translation>Encontrar, inspecionar e depurar dispositivos CoAP (RFC 7252).</translation>
    </message>
    <message>
        <source>Start five simulated devices on this computer and discover them, to try the application without hardware.</source>
        <translation>Iniciar cinco dispositivos simulados neste computador e descobri-los, para experimentar o aplicativo sem hardware.</translation>
    </message>
    <message>
        <source>Once the devices are discovered and a resource is read, save a picture of the window to FILE and quit.</source>
        <translation>Depois que os dispositivos forem descobertos e um recurso lido, salvar uma imagem da janela em FILE e sair.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take the screenshot after SECONDS (default 2).</source>
        <translation>Tirar a captura após SECONDS segundos (padrão 2).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>With --screenshot: chart three sensors first and show the Charts panel.</source>
        <translation>Com --screenshot: mostrar primeiro três sensores no gráfico e exibir o painel Gráficos.</translation>
    </message>
    <message>
        <source>A coap:// URI to put into the request field.</source>
        <translation>Um URI coap:// para colocar no campo da requisição.</translation>
    </message>
    <message>
        <source>--after needs a number of seconds, such as 2 or 0.5.</source>
        <translation>--after precisa de um número de segundos, como 2 ou 0.5.</translation>
    </message>
    <message>
        <source>Give at most one URI.</source>
        <translation>Informe no máximo um URI.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Não foi possível gravar a captura em %1.</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 1024x700 (for screenshots).</source>
        <translation>Abrir a janela neste tamanho, por exemplo 1024x700 (para capturas de tela).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>LARGURAxALTURA</translation>
    </message>
    <message>
        <source>--size needs a width and a height in pixels, such as 1024x700.</source>
        <translation>--size precisa de uma largura e uma altura em pixels, como 1024x700.</translation>
    </message>
</context>
</TS>
