<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CoAP Explorer</source>
        <translation>关于 CoAP Explorer</translation>
    </message>
    <message>
        <source>CoAP Explorer %1</source>
        <translation>CoAP Explorer %1</translation>
    </message>
    <message>
        <source>Find, inspect and debug CoAP devices (RFC 7252, RFC 7641, RFC 7959).</source>
        <translation>查找、检查和调试 CoAP 设备（RFC 7252、RFC 7641、RFC 7959）。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>CoAP Explorer is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), as Qt Charts requires. You may use, study, share and change it; it comes with no warranty.</source>
        <translation>CoAP Explorer 是自由软件，按 Qt Charts 的要求采用 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）发布。您可以使用、研究、分享和修改它；本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>The GNU General Public License, version 3</source>
        <translation>GNU 通用公共许可证第 3 版</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（构建时为 %2）</translation>
    </message>
    <message>
        <source>CoAP engine (RFC 7252, 7641, 7959), built in</source>
        <translation>CoAP 引擎（RFC 7252、7641、7959），内置</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1, %2, window system: %3, compiled with %4</source>
        <translation>%1，%2，窗口系统：%3，编译器：%4</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions as plain text, for a bug report</source>
        <translation>以纯文本复制版本信息，用于错误报告</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AddDeviceDialog</name>
    <message>
        <source>Type the device&apos;s IP address or host name, e.g. 192.168.1.20 or [fe80::1%eth0].</source>
        <translation>输入设备的 IP 地址或主机名，例如 192.168.1.20 或 [fe80::1%eth0]。</translation>
    </message>
    <message>
        <source>The “[” of the IPv6 address is not closed; write it as [fe80::1%eth0]:5683.</source>
        <translation>IPv6 地址的“[”没有闭合；请写成 [fe80::1%eth0]:5683。</translation>
    </message>
    <message>
        <source>Only “:port” may follow the “]”, e.g. [fe80::1%eth0]:5683.</source>
        <translation>“]”之后只能跟“:端口”，例如 [fe80::1%eth0]:5683。</translation>
    </message>
    <message>
        <source>“%1” in brackets is not an IPv6 address.</source>
        <translation>方括号中的“%1”不是 IPv6 地址。</translation>
    </message>
    <message>
        <source>The port “%1” must be a number from 1 to 65535.</source>
        <translation>端口“%1”必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>“%1”不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>%1 is a link-local address: add the interface it is on, e.g. %1%eth0.</source>
        <translation>%1 是链路本地地址：请加上它所在的接口，例如 %1%eth0。</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address: it has four numbers from 0 to 255 separated by dots, e.g. 192.168.1.20.</source>
        <translation>“%1”不是有效的 IPv4 地址：IPv4 地址由四个 0 到 255 的数字以点分隔，例如 192.168.1.20。</translation>
    </message>
    <message>
        <source>%1 is a group address; Discover asks groups. Type the address of one device.</source>
        <translation>%1 是组地址；“发现”会询问组。请输入单个设备的地址。</translation>
    </message>
    <message>
        <source>“%1” is neither an IP address nor a host name: a host name has only letters, digits, hyphens and dots.</source>
        <translation>“%1”既不是 IP 地址也不是主机名：主机名只能包含字母、数字、连字符和点。</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>192.168.1.20, [fe80::1%eth0], boiler.local</source>
        <translation>192.168.1.20, [fe80::1%eth0], boiler.local</translation>
    </message>
    <message>
        <source>UDP port of the device; CoAP uses 5683 unless the device says otherwise</source>
        <translation>设备的 UDP 端口；除非设备另有说明，CoAP 使用 5683</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Edit device</source>
        <translation>编辑设备</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Ask one device for its resources (GET /.well-known/core). Use this when Discover does not reach it: another subnet, a VPN, or multicast blocked. A device secured with DTLS: coaps:// and its address or host name.</source>
        <translation>向单个设备询问其资源（GET /.well-known/core）。当“发现”无法到达该设备时使用：例如在其他子网、通过 VPN 或组播被阻止。受 DTLS 保护的设备：coaps:// 加其地址或主机名。</translation>
    </message>
</context>
<context>
    <name>AddedDevicesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Devices added by hand</source>
        <translation>手动添加的设备</translation>
    </message>
    <message>
        <source>These devices are asked for their resources by their address at every start, also where discovery does not reach them.</source>
        <translation>每次启动时都会按地址向这些设备查询其资源，即使发现功能无法到达它们。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Ask one more device by its address</source>
        <translation>按地址再查询一台设备</translation>
    </message>
    <message>
        <source>Change the address or port of the selected device</source>
        <translation>更改所选设备的地址或端口</translation>
    </message>
    <message>
        <source>Stop asking the selected device at start and take it out of the tree (Delete)</source>
        <translation>启动时不再查询所选设备，并将其从树中移除（Delete）</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB. Cut it down first, for instance with &quot;editcap -c 100000&quot; or a Wireshark display filter and File ▸ Export Specified Packets.</source>
        <translation>%1 大于 1 GiB。请先缩小它，例如使用“editcap -c 100000”，或在 Wireshark 中用显示过滤器并选择“文件 ▸ 导出特定分组”。</translation>
    </message>
    <message>
        <source>%1 is not a capture file. CoAP Explorer opens pcap and pcapng files, as tcpdump -w and Wireshark write them.</source>
        <translation>%1 不是抓包文件。CoAP Explorer 可打开 pcap 和 pcapng 文件，即 tcpdump -w 和 Wireshark 写出的格式。</translation>
    </message>
    <message>
        <source>Capture %1 — CoAP Explorer</source>
        <translation>抓包 %1 — CoAP Explorer</translation>
    </message>
    <message>
        <source>Capture — CoAP Explorer</source>
        <translation>抓包 — CoAP Explorer</translation>
    </message>
    <message numerus="yes">
        <source>%n CoAP datagram(s), read-only: nothing here is sent again.</source>
        <translation>
            <numerusform>%n 个 CoAP 数据报，只读：这里不会再次发送任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP fragment(s)</source>
        <translation>
            <numerusform>%n 个 IP 分片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n packet(s): %1.</source>
        <translation>
            <numerusform>跳过了 %n 个分组：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The file ends inside a packet; everything before it is shown.</source>
        <translation>文件在某个分组中间结束；之前的内容均已显示。</translation>
    </message>
    <message>
        <source>Right-click a notification to chart the observed values.</source>
        <translation>右键单击某条通知即可绘制所观察的数值。</translation>
    </message>
    <message>
        <source>%1 not CoAP</source>
        <translation>%1 个非 CoAP</translation>
    </message>
    <message>
        <source>%1 cut short</source>
        <translation>%1 个被截断</translation>
    </message>
    <message>
        <source>%1 of an unsupported link type</source>
        <translation>%1 个链路类型不受支持</translation>
    </message>
    <message>
        <source>%1 beyond the log&apos;s capacity</source>
        <translation>%1 个超出日志容量</translation>
    </message>
    <message>
        <source>Captured from %1 to %2.</source>
        <translation>抓包时间：%1 至 %2。</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>%1 的证书</translation>
    </message>
    <message>
        <source>This certificate is not signed by an authority you trust. Accept it only if the fingerprint matches the one the device&apos;s owner gave you. It is then trusted for %1 only.</source>
        <translation>此证书未经您信任的证书颁发机构签名。只有当指纹与设备所有者提供给您的指纹一致时才接受它。接受后，它仅对 %1 受信任。</translation>
    </message>
    <message>
        <source>&amp;Accept for this device</source>
        <translation>为此设备接受(&amp;A)</translation>
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
值：%1</translation>
    </message>
    <message>
        <source>
%1 samples kept, %2 received, %3 dropped (oldest first)</source>
        <translation>
保留 %1 个样本，已接收 %2 个，已丢弃 %3 个（最旧的优先）</translation>
    </message>
    <message>
        <source>
Notifications of this resource that carried no value to chart</source>
        <translation>
该资源中没有可绘制数值的通知</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>Device, resource and value name; untick to hide the series</source>
        <translation>设备、资源和数值名称；取消勾选以隐藏该序列</translation>
    </message>
    <message>
        <source>Over every value received since the series started</source>
        <translation>基于该序列开始以来收到的所有数值</translation>
    </message>
    <message>
        <source>Notifications per second over the last 10 seconds</source>
        <translation>最近 10 秒内每秒的通知数</translation>
    </message>
    <message>
        <source>Notifications that carried no value to chart</source>
        <translation>没有可绘制数值的通知</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>30 s</source>
        <translation>30 秒</translation>
    </message>
    <message>
        <source>Show the last 30 seconds (1)</source>
        <translation>显示最近 30 秒 (1)</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>Show the last 5 minutes (2)</source>
        <translation>显示最近 5 分钟 (2)</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Show the last hour (3)</source>
        <translation>显示最近 1 小时 (3)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show everything recorded (4)</source>
        <translation>显示全部记录 (4)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Freeze the charts; values are still recorded (P, or Space on a chart)</source>
        <translation>冻结图表；数值仍会继续记录（P，或在图表上按空格）</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the live window (Home, or double-click a chart)</source>
        <translation>返回实时窗口（Home，或双击图表）</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 &amp;CSV…</translation>
    </message>
    <message>
        <source>Save every recorded sample: series, time (ISO 8601), value, unit</source>
        <translation>保存所有记录的样本：序列、时间（ISO 8601）、数值、单位</translation>
    </message>
    <message>
        <source>Save &amp;image…</source>
        <translation>保存图像(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the charts as they are shown, as PNG</source>
        <translation>按当前显示保存图表为 PNG</translation>
    </message>
    <message>
        <source>No values to chart yet.

Observe a resource and choose “Chart this”: its values appear here within a second.</source>
        <translation>还没有可绘制的数值。

观察一个资源并选择“绘制图表”：其数值会在一秒内出现在这里。</translation>
    </message>
    <message>
        <source>Series figures</source>
        <translation>序列统计</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>%1 的图表</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Zoomed: %1 – %2</source>
        <translation>已缩放：%1 – %2</translation>
    </message>
    <message>
        <source>Paused at %1, still recording</source>
        <translation>已于 %1 暂停，仍在记录</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) without a value</source>
        <translation>
            <numerusform>%n 条通知没有数值</numerusform>
        </translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>空负载</translation>
    </message>
    <message>
        <source>binary payload</source>
        <translation>二进制负载</translation>
    </message>
    <message>
        <source>payload does not parse as its content format</source>
        <translation>负载无法按其内容格式解析</translation>
    </message>
    <message>
        <source>content format without values</source>
        <translation>不含数值的内容格式</translation>
    </message>
    <message>
        <source>no number or state in the payload</source>
        <translation>负载中没有数字或状态</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 (last: %5)</source>
        <translation>%1 %2：%3 / %4（最新：%5）</translation>
    </message>
    <message>
        <source>false</source>
        <translation>假</translation>
    </message>
    <message>
        <source>true</source>
        <translation>真</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>仍有一个导出正在进行。</translation>
    </message>
    <message>
        <source>Exporting %1 samples…</source>
        <translation>正在导出 %1 个样本…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 samples saved to %2</source>
        <translation>已将 %1 个样本保存到 %2</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>导出样本</translation>
    </message>
    <message>
        <source>samples-%1.csv</source>
        <translation>samples-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>保存图表图像</translation>
    </message>
    <message>
        <source>chart-%1.png</source>
        <translation>chart-%1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG 图像 (*.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Image saved to %1</source>
        <translation>图像已保存到 %1</translation>
    </message>
    <message>
        <source>Could not save the image to %1</source>
        <translation>无法将图像保存到 %1</translation>
    </message>
    <message>
        <source>&amp;Remove from chart</source>
        <translation>从图表中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected series; its observation ends when nothing else uses it (Delete)</source>
        <translation>移除所选序列；当没有其他地方使用时，其观察随之结束（Delete）</translation>
    </message>
</context>
<context>
    <name>CopyAsCommand</name>
    <message>
        <source>the option %1 is left out: this tool cannot send it</source>
        <translation>省略了选项 %1：此工具无法发送它</translation>
    </message>
    <message>
        <source>sent confirmable (CON): the gateway does not send NON requests</source>
        <translation>以可确认（CON）方式发送：网关不发送 NON 请求</translation>
    </message>
    <message>
        <source>the block size is left to the gateway</source>
        <translation>块大小由网关决定</translation>
    </message>
    <message>
        <source>the payload is binary: printf writes its bytes into the command</source>
        <translation>负载为二进制：由 printf 将其字节写入命令</translation>
    </message>
    <message>
        <source>set the pre-shared key first: export COAP_EXPLORER_PSK=&apos;…&apos;</source>
        <translation>请先设置预共享密钥：export COAP_EXPLORER_PSK=&apos;…&apos;</translation>
    </message>
    <message>
        <source>coaps: add this tool&apos;s own credential options (certificate or key)</source>
        <translation>coaps：请添加此工具自己的凭据选项（证书或密钥）</translation>
    </message>
    <message>
        <source>&amp;coap-client command (libcoap)</source>
        <translation>coap-client 命令 (libcoap)(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;aiocoap-client command</source>
        <translation>aiocoap-client 命令(&amp;A)</translation>
    </message>
    <message>
        <source>coap-&amp;explorer-cli command</source>
        <translation>coap-explorer-cli 命令(&amp;E)</translation>
    </message>
    <message>
        <source>c&amp;url command through the HTTP gateway</source>
        <translation>通过 HTTP 网关的 curl 命令(&amp;U)</translation>
    </message>
    <message>
        <source>the retransmission settings (ACK_TIMEOUT, MAX_RETRANSMIT, block retries) are left out: this tool uses its own</source>
        <translation>未包含重传设置（ACK_TIMEOUT、MAX_RETRANSMIT、块重试次数）：此工具使用自己的设置</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Security credentials</source>
        <translation>安全凭据</translation>
    </message>
    <message>
        <source>192.0.2.5, 192.0.2.5:5684, *.plant.example</source>
        <translation>192.0.2.5, 192.0.2.5:5684, *.plant.example</translation>
    </message>
    <message>
        <source>Device or &amp;pattern:</source>
        <translation>设备或模式(&amp;P)：</translation>
    </message>
    <message>
        <source>PSK &amp;identity:</source>
        <translation>PSK 身份(&amp;I)：</translation>
    </message>
    <message>
        <source>text or 0x… hex; empty keeps the stored key</source>
        <translation>文本或 0x… 十六进制；留空则保留已存密钥</translation>
    </message>
    <message>
        <source>Pre-shared &amp;key:</source>
        <translation>预共享密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>the system&apos;s authorities</source>
        <translation>系统的证书颁发机构</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Trusted &amp;CAs:</source>
        <translation>受信任的 CA(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Verify the device&apos;s certificate</source>
        <translation>验证设备证书(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>已存储；输入新值以替换</translation>
    </message>
    <message>
        <source>text or 0x… hex</source>
        <translation>文本或 0x… 十六进制</translation>
    </message>
    <message>
        <source>Name the device (an address, address:port or a pattern with *).</source>
        <translation>请指定设备（地址、地址:端口或含 * 的模式）。</translation>
    </message>
    <message>
        <source>The key after 0x must be hex digits, two per byte.</source>
        <translation>0x 之后的密钥必须是十六进制数字，每字节两位。</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate.</source>
        <translation>“%1”中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>A PSK identity needs its key.</source>
        <translation>PSK 身份需要对应的密钥。</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain.</source>
        <translation>密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No keychain service is running: keys are kept for this session only and must be entered again after a restart. They are never written to the settings file.</source>
        <translation>没有正在运行的钥匙串服务：密钥只在本次会话中保留，重启后必须重新输入。密钥绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>正在查找系统钥匙串…</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>Ask the local network which CoAP devices are there: GET /.well-known/core to the groups checked below (Ctrl+D)</source>
        <translation>询问本地网络上有哪些 CoAP 设备：向下方勾选的组发送 GET /.well-known/core（Ctrl+D）</translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation>添加设备…</translation>
    </message>
    <message>
        <source>Ask one device by its address, when discovery does not reach it</source>
        <translation>当发现无法到达设备时，按地址询问单个设备</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>What Discover asks (groups, interface, query) and how long it listens</source>
        <translation>“发现”询问的内容（组、接口、查询）以及监听时长</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>组：</translation>
    </message>
    <message>
        <source>All-CoAP-Nodes multicast groups (RFC 7252 §12.8): 224.0.1.187 (IPv4), ff02::fd (this link), ff05::fd (this site)</source>
        <translation>All-CoAP-Nodes 组播组（RFC 7252 §12.8）：224.0.1.187（IPv4）、ff02::fd（本链路）、ff05::fd（本站点）</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>接口：</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>等待(&amp;W)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long answers are collected. Devices may wait up to 5 s before they answer a group (RFC 7252 §8.2).</source>
        <translation>收集应答的时长。设备在应答组请求前最多可能等待 5 秒（RFC 7252 §8.2）。</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>查询(&amp;Q)：</translation>
    </message>
    <message>
        <source>e.g. rt=temperature</source>
        <translation>例如 rt=temperature</translation>
    </message>
    <message>
        <source>Only list matching resources (RFC 6690 §4.1): rt=…, if=…, href=/sensors*, obs</source>
        <translation>只列出匹配的资源（RFC 6690 §4.1）：rt=…、if=…、href=/sensors*、obs</translation>
    </message>
    <message>
        <source>Filter devices and resources (Ctrl+F)</source>
        <translation>筛选设备和资源（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter devices and resources</source>
        <translation>筛选设备和资源</translation>
    </message>
    <message>
        <source>Devices and their resources</source>
        <translation>设备及其资源</translation>
    </message>
    <message>
        <source>Interface to discover on</source>
        <translation>用于发现的接口</translation>
    </message>
    <message>
        <source>Multicast groups to ask</source>
        <translation>要询问的组播组</translation>
    </message>
    <message>
        <source>Matches names, paths, titles, types, interfaces, formats and addresses; “obs” finds observable resources</source>
        <translation>匹配名称、路径、标题、类型、接口、格式和地址；“obs”可找到可观察的资源</translation>
    </message>
    <message>
        <source>&amp;Get</source>
        <translation>读取 GET(&amp;G)</translation>
    </message>
    <message>
        <source>Read the resource now (double-click or Enter does the same)</source>
        <translation>立即读取该资源（双击或按 Enter 效果相同）</translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation>观察(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy URI</source>
        <translation>复制 URI(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>添加书签(&amp;B)</translation>
    </message>
    <message>
        <source>Removes it until the device lists it again</source>
        <translation>移除它，直到设备再次列出它</translation>
    </message>
    <message>
        <source>&amp;Refresh resources</source>
        <translation>刷新资源(&amp;R)</translation>
    </message>
    <message>
        <source>Ask this device again for its resource list</source>
        <translation>再次向该设备询问其资源列表</translation>
    </message>
    <message>
        <source>All interfaces (none can send multicast)</source>
        <translation>所有接口（均无法发送组播）</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>所有接口</translation>
    </message>
    <message>
        <source>%1 (not usable now)</source>
        <translation>%1（当前不可用）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>所有接口</translation>
    </message>
    <message>
        <source>nothing checked</source>
        <translation>未勾选任何项</translation>
    </message>
    <message>
        <source>Asks %1 for %2 s</source>
        <translation>询问 %1，持续 %2 秒</translation>
    </message>
    <message>
        <source>No group is checked, so Discover has nobody to ask. Check a group under the discovery options, or use Add device… to ask a device by its address.</source>
        <translation>没有勾选任何组，“发现”无从询问。请在发现选项中勾选一个组，或使用“添加设备…”按地址询问设备。</translation>
    </message>
    <message>
        <source>Stop (%1 s)</source>
        <translation>停止（%1 秒）</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Stop discovery</source>
        <translation>停止发现</translation>
    </message>
    <message>
        <source>Discover devices</source>
        <translation>发现设备</translation>
    </message>
    <message>
        <source>Asking %1 for its resources…</source>
        <translation>正在向 %1 询问其资源…</translation>
    </message>
    <message>
        <source>%1 listed its resources.</source>
        <translation>%1 已列出其资源。</translation>
    </message>
    <message>
        <source>Watch the resource: every change is shown (RFC 7641)</source>
        <translation>观察该资源：每次变化都会显示（RFC 7641）</translation>
    </message>
    <message>
        <source>The device does not list this resource as observable; it may answer once only</source>
        <translation>设备未将该资源列为可观察；它可能只应答一次</translation>
    </message>
    <message>
        <source>No devices yet.

Press Discover (Ctrl+D) to ask the local network, or Add device… to enter an address.</source>
        <translation>还没有设备。

按“发现”（Ctrl+D）询问本地网络，或按“添加设备…”输入地址。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc in the filter box to see all devices.</source>
        <translation>没有与“%1”匹配的项。在筛选框中按 Esc 可查看所有设备。</translation>
    </message>
    <message>
        <source>&amp;Filter devices</source>
        <translation>筛选设备(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Plot the resource’s values in the Charts panel; it is observed if it is not yet</source>
        <translation>在“图表”面板中绘制该资源的数值；如尚未观察则开始观察</translation>
    </message>
    <message>
        <source>Copy as coap-client co&amp;mmand</source>
        <translation>复制为 coap-client 命令(&amp;M)</translation>
    </message>
    <message>
        <source>Copy as coap-client observe comma&amp;nd</source>
        <translation>复制为 coap-client observe 命令(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>从列表中移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Expand this device</source>
        <translation>展开此设备(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>全部展开(&amp;X)</translation>
    </message>
    <message>
        <source>Co&amp;llapse all</source>
        <translation>全部折叠(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sort devices by</source>
        <translation>设备排序方式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Named devices first, in natural order; the others by address</source>
        <translation>有名称的设备在前，按自然顺序；其余按地址</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>IPv4 addresses first, then IPv6, then host names</source>
        <translation>先 IPv4 地址，再 IPv6，最后主机名</translation>
    </message>
    <message>
        <source>Answer &amp;order</source>
        <translation>应答顺序(&amp;R)</translation>
    </message>
    <message>
        <source>In the order the devices first answered</source>
        <translation>按设备首次应答的顺序</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>How the devices are sorted: by name, by address or in answer order</source>
        <translation>设备的排序方式：按名称、按地址或按应答顺序</translation>
    </message>
    <message>
        <source>Sort devices by</source>
        <translation>设备排序方式</translation>
    </message>
    <message>
        <source>Devices added by &amp;hand…</source>
        <translation>手动添加的设备(&amp;H)…</translation>
    </message>
    <message>
        <source>The devices asked by their address at every start: add, edit or remove them</source>
        <translation>每次启动时按地址查询的设备：添加、编辑或移除它们</translation>
    </message>
    <message>
        <source>Forward &amp;proxy…</source>
        <translation>转发代理(&amp;P)…</translation>
    </message>
    <message>
        <source>Reach this device through a CoAP forward proxy, or directly</source>
        <translation>通过 CoAP 转发代理或直接访问此设备</translation>
    </message>
    <message>
        <source>%1 cannot be asked for its resources here: a coaps device is asked over DTLS, by its address.</source>
        <translation>无法在此询问 %1 的资源：coaps 设备须通过 DTLS 按其地址询问。</translation>
    </message>
    <message>
        <source>%1 could not be asked for its resources.</source>
        <translation>无法询问 %1 的资源。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在解析 %1…</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved; check its spelling, or add the device by its address.</source>
        <translation>无法解析主机名 %1；请检查拼写，或按地址添加该设备。</translation>
    </message>
</context>
<context>
    <name>DeviceProxyDialog</name>
    <message>
        <source>&amp;Directly, without a proxy</source>
        <translation>直接，不经代理(&amp;D)</translation>
    </message>
    <message>
        <source>Through &amp;this proxy:</source>
        <translation>通过此代理(&amp;T)：</translation>
    </message>
    <message>
        <source>Forward proxy for %1</source>
        <translation>%1 的转发代理</translation>
    </message>
    <message>
        <source>As all requests: &amp;directly (no proxy in Settings)</source>
        <translation>与所有请求相同：直接(&amp;D)（设置中无代理）</translation>
    </message>
    <message>
        <source>As all requests: through %1 (&amp;Settings)</source>
        <translation>与所有请求相同：通过 %1（设置）(&amp;S)</translation>
    </message>
    <message>
        <source>Directly, &amp;without a proxy</source>
        <translation>直接，不经代理(&amp;W)</translation>
    </message>
    <message>
        <source>coap://host:port</source>
        <translation>coap://主机:端口</translation>
    </message>
    <message>
        <source>Requests to %1 go:</source>
        <translation>发往 %1 的请求：</translation>
    </message>
    <message>
        <source>The proxy receives each request and passes it on to the device (RFC 7252 §5.7). Discovery still asks the device directly.</source>
        <translation>代理接收每个请求并将其转发给设备（RFC 7252 §5.7）。发现仍直接询问设备。</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type (rt)</source>
        <translation>类型 (rt)</translation>
    </message>
    <message>
        <source>Interface (if)</source>
        <translation>接口 (if)</translation>
    </message>
    <message>
        <source>Formats (ct)</source>
        <translation>格式 (ct)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <source>Observable: the resource can be watched (RFC 7641)</source>
        <translation>可观察：可以持续观察该资源（RFC 7641）</translation>
    </message>
    <message>
        <source>Resource type (rt): what the resource is, e.g. temperature</source>
        <translation>资源类型 (rt)：资源是什么，例如 temperature</translation>
    </message>
    <message>
        <source>Interface description (if): how to talk to it, e.g. sensor</source>
        <translation>接口描述 (if)：如何与之通信，例如 sensor</translation>
    </message>
    <message>
        <source>Content formats (ct) the device declared for the resource</source>
        <translation>设备为该资源声明的内容格式 (ct)</translation>
    </message>
    <message>
        <source>Estimated size of the representation (sz)</source>
        <translation>表示形式的估计大小 (sz)</translation>
    </message>
    <message>
        <source>When the device last answered a discovery</source>
        <translation>设备最近一次应答发现的时间</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>可观察</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(empty segment)</source>
        <translation>（空段）</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>observable</source>
        <translation>可观察</translation>
    </message>
    <message>
        <source>Observable: right-click → Observe to watch it (RFC 7641)</source>
        <translation>可观察：右键 → 观察 即可持续观察（RFC 7641）</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>Added by hand; it has not listed its resources.</source>
        <translation>手动添加；尚未列出其资源。</translation>
    </message>
    <message>
        <source>Known from bookmarks; not seen yet.</source>
        <translation>来自书签；尚未发现。</translation>
    </message>
    <message>
        <source>Answered through %1</source>
        <translation>通过 %1 应答</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>首次出现 %1，最近出现 %2</translation>
    </message>
    <message numerus="yes">
        <source>Lists %n resource</source>
        <translation>
            <numerusform>列出 %n 个资源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lists %n resources</source>
        <translation>
            <numerusform>列出 %n 个资源</numerusform>
        </translation>
    </message>
    <message>
        <source>Did not answer the last discovery.</source>
        <translation>未应答上一次发现。</translation>
    </message>
    <message>
        <source>Folder: the device lists resources below this path, not the path itself.</source>
        <translation>文件夹：设备列出了此路径下的资源，而不是该路径本身。</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Interface: %1</source>
        <translation>接口：%1</translation>
    </message>
    <message>
        <source>Formats: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>已加书签</translation>
    </message>
    <message>
        <source>Bookmarked; the device does not list it.</source>
        <translation>已加书签；设备未列出它。</translation>
    </message>
</context>
<context>
    <name>DiscoveryText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>There is no network interface called “%1”. Choose one from the list, or All interfaces.</source>
        <translation>没有名为“%1”的网络接口。请从列表中选择一个，或选择“所有接口”。</translation>
    </message>
    <message>
        <source>%1 is down, not connected or cannot send multicast, so it was not asked. Connect it, or choose another interface.</source>
        <translation>%1 已关闭、未连接或无法发送组播，因此未通过它询问。请连接它，或选择其他接口。</translation>
    </message>
    <message>
        <source>%1 has no %2 address, so %3 cannot be asked through it.</source>
        <translation>%1 没有 %2 地址，因此无法通过它询问 %3。</translation>
    </message>
    <message>
        <source>Could not open a socket for discovery. %1</source>
        <translation>无法打开用于发现的套接字。%1</translation>
    </message>
    <message>
        <source>Could not open a socket on %1 for discovery. %2</source>
        <translation>无法在 %1 上打开用于发现的套接字。%2</translation>
    </message>
    <message>
        <source>The system has no route to %1 on %2. Is the interface connected to a network?</source>
        <translation>系统在 %2 上没有到 %1 的路由。该接口是否已连接到网络？</translation>
    </message>
    <message>
        <source>The system has no route to %1. Check the cable, Wi-Fi or VPN.</source>
        <translation>系统没有到 %1 的路由。请检查网线、Wi-Fi 或 VPN。</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent. %2</source>
        <translation>无法向 %1 发送请求。%2</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the spelling, or use the device&apos;s IP address.</source>
        <translation>无法解析主机名“%1”。请检查拼写，或使用设备的 IP 地址。</translation>
    </message>
    <message>
        <source>%1 did not answer GET %2 in time. Is the device on this link and powered? It stays in the list, so you can still send it requests.</source>
        <translation>%1 未及时应答 GET %2。设备是否在此链路上并已通电？它仍保留在列表中，您仍可以向它发送请求。</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 应答：%2</translation>
    </message>
    <message>
        <source>The resource list of %1 is incomplete: only its first block arrived. %2</source>
        <translation>%1 的资源列表不完整：只收到了第一个块。%2</translation>
    </message>
    <message>
        <source>Discovery failed (%1).</source>
        <translation>发现失败（%1）。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>No multicast-capable interface: no network interface of this computer is up, connected and able to send multicast, so no group could be asked. Use Add device… to ask a device by its address.</source>
        <translation>没有可用组播的接口：本机没有任何已启用、已连接且能发送组播的网络接口，因此无法询问任何组。请使用“添加设备…”按地址询问设备。</translation>
    </message>
    <message>
        <source>No multicast-capable interface: %1 is not up, connected and able to send multicast, so no group could be asked. Choose another interface, or use Add device… to ask a device by its address.</source>
        <translation>没有可用组播的接口：%1 未启用、未连接或无法发送组播，因此无法询问任何组。请选择其他接口，或使用“添加设备…”按地址询问设备。</translation>
    </message>
    <message>
        <source>No devices answered: asked %1 for %2. Add a device by its address with Add device…, e.g. 192.168.1.20.</source>
        <translation>没有设备应答：已询问 %1，持续 %2。请使用“添加设备…”按地址添加设备，例如 192.168.1.20。</translation>
    </message>
    <message numerus="yes">
        <source>%n device answered before the discovery was stopped (%1).</source>
        <translation>
            <numerusform>在发现停止前有 %n 个设备应答（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices answered before the discovery was stopped (%1).</source>
        <translation>
            <numerusform>在发现停止前有 %n 个设备应答（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device answered within %1.</source>
        <translation>
            <numerusform>%1 内有 %n 个设备应答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices answered within %1.</source>
        <translation>
            <numerusform>%1 内有 %n 个设备应答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for answers: %1 s left · %n device so far</source>
        <translation>
            <numerusform>正在监听应答：剩余 %1 秒 · 目前 %n 个设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for answers: %1 s left · %n devices so far</source>
        <translation>
            <numerusform>正在监听应答：剩余 %1 秒 · 目前 %n 个设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entry of its resource list left out: %1</source>
        <translation>
            <numerusform>已忽略其资源列表中 %n 个损坏的条目：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entries of its resource list left out: %1</source>
        <translation>
            <numerusform>已忽略其资源列表中 %n 个损坏的条目：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Its resource list is incomplete: %1</source>
        <translation>其资源列表不完整：%1</translation>
    </message>
    <message>
        <source>The rest of its resource list is still being fetched.</source>
        <translation>其资源列表的其余部分仍在获取中。</translation>
    </message>
    <message>
        <source>Listed with a filter query: it may have more resources.</source>
        <translation>使用筛选查询列出：可能还有更多资源。</translation>
    </message>
    <message>
        <source>No devices answered: asked %1, stopped after %2. Add a device by its address with Add device…, e.g. 192.168.1.20.</source>
        <translation>没有设备应答：已询问 %1，在 %2 后停止。请使用“添加设备…”按地址添加设备，例如 192.168.1.20。</translation>
    </message>
    <message>
        <source>No devices answered: nothing could be asked. Choose a group or an interface, or use Add device… to ask a device by its address.</source>
        <translation>没有设备应答：没有可询问的对象。请选择一个组或接口，或使用“添加设备…”按地址询问设备。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>该设备</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the spelling, or use the device&apos;s IP address.</source>
        <translation>无法解析主机名“%1”。请检查拼写，或使用设备的 IP 地址。</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the system refused it. Check that this computer has a route to the device (cable, Wi-Fi, VPN, interface up).</source>
        <translation>无法向 %1 发送请求：系统拒绝了该请求。请检查本机是否有到该设备的路由（网线、Wi-Fi、VPN、接口已启用）。</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmission. Is the device on this link and powered?</source>
        <translation>
            <numerusform>%n 次重传后 %1 仍无应答。设备是否在此链路上并已通电？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmissions. Is the device on this link and powered?</source>
        <translation>
            <numerusform>%n 次重传后 %1 仍无应答。设备是否在此链路上并已通电？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmission (%2). Is the device on this link and powered?</source>
        <translation>
            <numerusform>%n 次重传后（%2）%1 仍无应答。设备是否在此链路上并已通电？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmissions (%2). Is the device on this link and powered?</source>
        <translation>
            <numerusform>%n 次重传后（%2）%1 仍无应答。设备是否在此链路上并已通电？</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from %1 within %2. The request was non-confirmable, so it was sent only once; try CON, and check that the device is on this link and powered.</source>
        <translation>%1 在 %2 内没有应答。该请求为非确认（NON）请求，只发送了一次；请尝试 CON，并检查设备是否在此链路上并已通电。</translation>
    </message>
    <message>
        <source>the response timeout</source>
        <translation>响应超时</translation>
    </message>
    <message>
        <source>%1 acknowledged the request but sent no response within %2. The device may be busy; try again.</source>
        <translation>%1 已确认请求，但在 %2 内未发送响应。设备可能正忙；请重试。</translation>
    </message>
    <message>
        <source>%1 answered with Reset (RST): it got the message but refuses to process it, for example because it restarted or does not understand the request.</source>
        <translation>%1 以 Reset（RST）应答：它收到了消息但拒绝处理，例如因为它已重启或无法理解该请求。</translation>
    </message>
    <message>
        <source>The answer from %1 broke the CoAP rules (for example an unknown critical option) and was rejected.</source>
        <translation>来自 %1 的应答违反了 CoAP 规则（例如含有未知的关键选项），已被拒绝。</translation>
    </message>
    <message>
        <source>The block-wise transfer with %1 could not be completed: the device sent an unexpected block. Try a smaller block size, or repeat the request.</source>
        <translation>与 %1 的 Block-wise 传输无法完成：设备发送了意外的块。请尝试更小的块大小，或重复请求。</translation>
    </message>
    <message>
        <source>The resource %1 changed repeatedly while it was transferred in blocks. Repeat the request.</source>
        <translation>资源 %1 在分块传输期间多次改变。请重复请求。</translation>
    </message>
    <message>
        <source>The request cannot be encoded: the token or an option value is too long. Check the options table.</source>
        <translation>无法编码该请求：Token 或某个选项值过长。请检查选项表。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The exchange with %1 failed.</source>
        <translation>与 %1 的交互失败。</translation>
    </message>
    <message>
        <source>The datagram is shorter than the 4-byte CoAP header.</source>
        <translation>该数据报短于 4 字节的 CoAP 报头。</translation>
    </message>
    <message>
        <source>The datagram is not CoAP version 1.</source>
        <translation>该数据报不是 CoAP 版本 1。</translation>
    </message>
    <message>
        <source>The token length is 9 to 15, which CoAP reserves.</source>
        <translation>Token 长度为 9 到 15，这是 CoAP 保留的值。</translation>
    </message>
    <message>
        <source>The datagram ends inside the token.</source>
        <translation>该数据报在 Token 内部结束。</translation>
    </message>
    <message>
        <source>The code uses a reserved class (1, 6 or 7).</source>
        <translation>该代码使用了保留的类别（1、6 或 7）。</translation>
    </message>
    <message>
        <source>An empty message (code 0.00) carries a token, options or a payload.</source>
        <translation>空消息（代码 0.00）携带了 Token、选项或负载。</translation>
    </message>
    <message>
        <source>An option uses the reserved delta 15.</source>
        <translation>某个选项使用了保留的增量值 15。</translation>
    </message>
    <message>
        <source>An option uses the reserved length 15.</source>
        <translation>某个选项使用了保留的长度值 15。</translation>
    </message>
    <message>
        <source>The datagram ends inside an option.</source>
        <translation>该数据报在某个选项内部结束。</translation>
    </message>
    <message>
        <source>An option number is above 65535.</source>
        <translation>某个选项编号大于 65535。</translation>
    </message>
    <message>
        <source>The payload marker is followed by nothing.</source>
        <translation>负载标记之后没有内容。</translation>
    </message>
    <message>
        <source>The datagram is not a valid CoAP message.</source>
        <translation>该数据报不是有效的 CoAP 消息。</translation>
    </message>
    <message>
        <source>The local port is already used by another program. Choose another port or close that program.</source>
        <translation>本地端口已被其他程序占用。请选择其他端口或关闭该程序。</translation>
    </message>
    <message>
        <source>The local address is not available on this computer. Is the interface up?</source>
        <translation>本机上不存在该本地地址。接口是否已启用？</translation>
    </message>
    <message>
        <source>The system did not allow sending to %1 (a firewall, or a broadcast address).</source>
        <translation>系统不允许向 %1 发送（防火墙，或广播地址）。</translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached from this computer. Check the cable, Wi-Fi or VPN.</source>
        <translation>无法从本机到达 %1 所在的网络。请检查网线、Wi-Fi 或 VPN。</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Is the device on this link and powered?</source>
        <translation>无法到达 %1。设备是否在此链路上并已通电？</translation>
    </message>
    <message>
        <source>The datagram is too large for the network. Use a smaller block size.</source>
        <translation>该数据报对网络来说太大。请使用更小的块大小。</translation>
    </message>
    <message>
        <source>The network refused the datagram to %1.</source>
        <translation>网络拒绝了发往 %1 的数据报。</translation>
    </message>
    <message>
        <source> (at position %1: “%2”)</source>
        <translation>（在位置 %1：“%2”）</translation>
    </message>
    <message>
        <source> (at the end)</source>
        <translation>（在末尾）</translation>
    </message>
    <message>
        <source>Type a URI such as coap://192.168.1.20/sensors/temp.</source>
        <translation>请输入 URI，例如 coap://192.168.1.20/sensors/temp。</translation>
    </message>
    <message>
        <source>The URI must start with coap:// or coaps://, e.g. coap://192.168.1.20/sensors/temp.</source>
        <translation>URI 必须以 coap:// 或 coaps:// 开头，例如 coap://192.168.1.20/sensors/temp。</translation>
    </message>
    <message>
        <source>Only coap:// and coaps:// URIs can be requested%1.</source>
        <translation>只能请求 coap:// 和 coaps:// URI%1。</translation>
    </message>
    <message>
        <source>The URI has no host. Write it as coap://HOST/path, e.g. coap://192.168.1.20/sensors/temp.</source>
        <translation>URI 中没有主机。请写成 coap://HOST/path，例如 coap://192.168.1.20/sensors/temp。</translation>
    </message>
    <message>
        <source>The host name contains a character that is not allowed%1.</source>
        <translation>主机名包含不允许的字符%1。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535%1.</source>
        <translation>端口必须是 1 到 65535 之间的数字%1。</translation>
    </message>
    <message>
        <source>CoAP URIs cannot have a “#” fragment%1; remove it.</source>
        <translation>CoAP URI 不能包含“#”片段%1；请删除它。</translation>
    </message>
    <message>
        <source>A “%” must be followed by two hex digits%1 (write a literal % as %25).</source>
        <translation>“%”后面必须跟两个十六进制数字%1（字面的 % 请写成 %25）。</translation>
    </message>
    <message>
        <source>The IPv6 address is not valid%1. Write it in brackets, e.g. coap://[fe80::1%eth0]/.</source>
        <translation>IPv6 地址无效%1。请写在方括号中，例如 coap://[fe80::1%eth0]/。</translation>
    </message>
    <message>
        <source>The IPv6 zone after “%” is empty or malformed%1; write the interface name, e.g. %eth0.</source>
        <translation>“%”之后的 IPv6 区域为空或格式错误%1；请写接口名称，例如 %eth0。</translation>
    </message>
    <message>
        <source>The URI contains a space at position %1; write a space in a path as %20.</source>
        <translation>URI 在位置 %1 处包含空格；路径中的空格请写成 %20。</translation>
    </message>
    <message>
        <source>The URI contains a character that is not allowed in a path or query%1.</source>
        <translation>URI 包含路径或查询中不允许的字符%1。</translation>
    </message>
    <message>
        <source>The URI is not valid%1.</source>
        <translation>URI 无效%1。</translation>
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
        <translation>成功</translation>
    </message>
    <message>
        <source>Client error</source>
        <translation>客户端错误</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>网络问题</translation>
    </message>
    <message>
        <source>Unusual code</source>
        <translation>异常代码</translation>
    </message>
    <message>
        <source>this method</source>
        <translation>此方法</translation>
    </message>
    <message>
        <source>Created: the device made a new resource for %1.</source>
        <translation>Created：设备为 %1 创建了新资源。</translation>
    </message>
    <message>
        <source>Deleted: the device removed %1.</source>
        <translation>Deleted：设备删除了 %1。</translation>
    </message>
    <message>
        <source>Valid: the copy you hold of %1 is still current.</source>
        <translation>Valid：您持有的 %1 副本仍然是最新的。</translation>
    </message>
    <message>
        <source>Changed: the device accepted the request to %1.</source>
        <translation>Changed：设备接受了对 %1 的请求。</translation>
    </message>
    <message>
        <source>Content: the device sent the representation of %1.</source>
        <translation>Content：设备发送了 %1 的表示。</translation>
    </message>
    <message>
        <source>Continue: the device is waiting for the next block of the request body.</source>
        <translation>Continue：设备正在等待请求体的下一个块。</translation>
    </message>
    <message>
        <source>Bad Request: the device could not understand the request to %1. Check the options and payload.</source>
        <translation>Bad Request：设备无法理解对 %1 的请求。请检查选项和负载。</translation>
    </message>
    <message>
        <source>Unauthorized: the device wants you to authenticate before it answers for %1.</source>
        <translation>Unauthorized：设备要求您先进行身份验证，才会就 %1 作出应答。</translation>
    </message>
    <message>
        <source>Bad Option: the device does not understand a critical option of the request. Remove it or check its value.</source>
        <translation>Bad Option：设备无法理解请求中的某个关键选项。请删除它或检查其值。</translation>
    </message>
    <message>
        <source>Forbidden: the device refuses access to %1.</source>
        <translation>Forbidden：设备拒绝访问 %1。</translation>
    </message>
    <message>
        <source>Not Found: the device has no resource at %1</source>
        <translation>Not Found：设备在 %1 没有资源</translation>
    </message>
    <message>
        <source>Method Not Allowed: %1 does not accept %2.</source>
        <translation>Method Not Allowed：%1 不接受 %2。</translation>
    </message>
    <message>
        <source>Not Acceptable: the device cannot answer for %1 in the format asked for by Accept.</source>
        <translation>Not Acceptable：设备无法按 Accept 要求的格式应答 %1。</translation>
    </message>
    <message>
        <source>Request Entity Incomplete: the device is missing blocks of the request body. Repeat the request.</source>
        <translation>Request Entity Incomplete：设备缺少请求体的某些块。请重复请求。</translation>
    </message>
    <message>
        <source>Conflict: the request conflicts with the current state of %1.</source>
        <translation>Conflict：该请求与 %1 的当前状态冲突。</translation>
    </message>
    <message>
        <source>Precondition Failed: the If-Match or If-None-Match condition did not hold for %1.</source>
        <translation>Precondition Failed：对 %1 的 If-Match 或 If-None-Match 条件不成立。</translation>
    </message>
    <message>
        <source>Request Entity Too Large: the payload is larger than the device accepts. Try a smaller block size.</source>
        <translation>Request Entity Too Large：负载超过了设备可接受的大小。请尝试更小的块大小。</translation>
    </message>
    <message>
        <source>Unsupported Content-Format: %1 does not accept a payload in this format.</source>
        <translation>Unsupported Content-Format：%1 不接受此格式的负载。</translation>
    </message>
    <message>
        <source>Unprocessable Entity: the device understood the payload for %1 but cannot act on its content.</source>
        <translation>Unprocessable Entity：设备理解了发往 %1 的负载，但无法按其内容执行。</translation>
    </message>
    <message>
        <source>Too Many Requests: the device asks you to wait before trying again (see Max-Age).</source>
        <translation>Too Many Requests：设备要求您稍后再试（参见 Max-Age）。</translation>
    </message>
    <message>
        <source>Internal Server Error: the device failed while handling the request to %1.</source>
        <translation>Internal Server Error：设备在处理对 %1 的请求时出错。</translation>
    </message>
    <message>
        <source>Not Implemented: the device does not support %1.</source>
        <translation>Not Implemented：设备不支持 %1。</translation>
    </message>
    <message>
        <source>Bad Gateway: the proxy got an invalid answer from the device behind it.</source>
        <translation>Bad Gateway：代理从其后方的设备收到了无效应答。</translation>
    </message>
    <message>
        <source>Service Unavailable: the device cannot answer right now; try again later (see Max-Age).</source>
        <translation>Service Unavailable：设备当前无法应答；请稍后再试（参见 Max-Age）。</translation>
    </message>
    <message>
        <source>Gateway Timeout: the proxy got no answer in time from the device behind it.</source>
        <translation>Gateway Timeout：代理未能及时从其后方的设备收到应答。</translation>
    </message>
    <message>
        <source>Proxying Not Supported: the device is not a proxy for this URI.</source>
        <translation>Proxying Not Supported：设备不是此 URI 的代理。</translation>
    </message>
    <message>
        <source>Hop Limit Reached: the request went through too many proxies (a loop?).</source>
        <translation>Hop Limit Reached：请求经过了太多代理（出现环路？）。</translation>
    </message>
    <message>
        <source>%1: the device accepted the request to %2.</source>
        <translation>%1：设备接受了对 %2 的请求。</translation>
    </message>
    <message>
        <source>%1: the device rejected the request to %2 as faulty.</source>
        <translation>%1：设备认为对 %2 的请求有误，拒绝了它。</translation>
    </message>
    <message>
        <source>%1: the device failed to handle the request to %2.</source>
        <translation>%1：设备处理对 %2 的请求时出错。</translation>
    </message>
    <message>
        <source>%1: the device answered with a code that is not a response code.</source>
        <translation>%1：设备应答的代码不是响应代码。</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation>位置 %1 处的 JSON 无效：%2。</translation>
    </message>
    <message>
        <source>The payload is empty, so it holds no CBOR item.</source>
        <translation>负载为空，因此不包含 CBOR 数据项。</translation>
    </message>
    <message>
        <source>the data ends inside an item</source>
        <translation>数据在某个数据项内部结束</translation>
    </message>
    <message>
        <source>a break byte (0xff) appears outside an indefinite-length item</source>
        <translation>在不定长数据项之外出现了中断字节 (0xff)</translation>
    </message>
    <message>
        <source>a reserved encoding is used</source>
        <translation>使用了保留的编码</translation>
    </message>
    <message>
        <source>a text string is not valid UTF-8</source>
        <translation>文本字符串不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>a map has the same key twice</source>
        <translation>映射中同一个键出现了两次</translation>
    </message>
    <message>
        <source>the items are nested too deeply</source>
        <translation>数据项嵌套过深</translation>
    </message>
    <message>
        <source>there are bytes after the single top-level item</source>
        <translation>唯一的顶层数据项之后还有字节</translation>
    </message>
    <message>
        <source>Not valid CBOR at byte %1: %2.</source>
        <translation>第 %1 字节处的 CBOR 无效：%2。</translation>
    </message>
    <message>
        <source>the text ends inside a value</source>
        <translation>文本在某个值内部结束</translation>
    </message>
    <message>
        <source>unexpected character (a missing comma, colon or bracket?)</source>
        <translation>意外的字符（缺少逗号、冒号或括号？）</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>不是有效的数字</translation>
    </message>
    <message>
        <source>a string has a bad escape or no closing quote</source>
        <translation>字符串的转义有误或缺少结束引号</translation>
    </message>
    <message>
        <source>h&apos;..&apos; needs an even number of hex digits</source>
        <translation>h&apos;..&apos; 需要偶数个十六进制数字</translation>
    </message>
    <message>
        <source>b64&apos;..&apos; is not base64</source>
        <translation>b64&apos;..&apos; 不是 base64</translation>
    </message>
    <message>
        <source>simple(n) must be 0..23 or 32..255</source>
        <translation>simple(n) 必须在 0..23 或 32..255 之间</translation>
    </message>
    <message>
        <source>(_ ...) must hold only byte strings or only text strings</source>
        <translation>(_ ...) 只能包含字节串或只能包含文本串</translation>
    </message>
    <message>
        <source>the values are nested too deeply</source>
        <translation>值嵌套过深</translation>
    </message>
    <message>
        <source>there is more text after the value</source>
        <translation>值之后还有多余的文本</translation>
    </message>
    <message>
        <source>Not valid JSON or CBOR diagnostic notation: %1.</source>
        <translation>不是有效的 JSON 或 CBOR 诊断表示法：%1。</translation>
    </message>
    <message>
        <source>Not valid JSON or CBOR diagnostic notation at %1: %2.</source>
        <translation>位置 %1 处不是有效的 JSON 或 CBOR 诊断表示法：%2。</translation>
    </message>
    <message>
        <source>Not valid SenML: the payload is not JSON.</source>
        <translation>SenML 无效：负载不是 JSON。</translation>
    </message>
    <message>
        <source>Not valid SenML: the payload is not one CBOR item.</source>
        <translation>SenML 无效：负载不是单个 CBOR 数据项。</translation>
    </message>
    <message>
        <source>Not valid SenML: a pack must be an array of records.</source>
        <translation>SenML 无效：包必须是记录的数组。</translation>
    </message>
    <message>
        <source>Not valid SenML: the pack has no records.</source>
        <translation>SenML 无效：包中没有记录。</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>它不是对象</translation>
    </message>
    <message>
        <source>field “%1” has the wrong type</source>
        <translation>字段“%1”的类型错误</translation>
    </message>
    <message>
        <source>it has more than one of v, vs, vb, vd</source>
        <translation>它包含 v、vs、vb、vd 中的多个</translation>
    </message>
    <message>
        <source>it has neither a value nor a sum</source>
        <translation>它既没有值也没有和</translation>
    </message>
    <message>
        <source>its name is empty or has characters SenML does not allow</source>
        <translation>它的名称为空或含有 SenML 不允许的字符</translation>
    </message>
    <message>
        <source>vd is not base64url</source>
        <translation>vd 不是 base64url</translation>
    </message>
    <message>
        <source>it has a field “%1” that must be understood</source>
        <translation>它有必须被理解的字段“%1”</translation>
    </message>
    <message>
        <source>its version is newer than 10</source>
        <translation>它的版本高于 10</translation>
    </message>
    <message>
        <source>its version differs from the other records</source>
        <translation>它的版本与其他记录不同</translation>
    </message>
    <message>
        <source>Not valid SenML: record %1: %2.</source>
        <translation>SenML 无效：记录 %1：%2。</translation>
    </message>
    <message>
        <source>a link must start with “&lt;”</source>
        <translation>链接必须以“&lt;”开头</translation>
    </message>
    <message>
        <source>the link target has no closing “&gt;”</source>
        <translation>链接目标缺少结束的“&gt;”</translation>
    </message>
    <message>
        <source>an empty entry between commas</source>
        <translation>逗号之间有空条目</translation>
    </message>
    <message>
        <source>a bad attribute name</source>
        <translation>属性名称有误</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>属性没有值</translation>
    </message>
    <message>
        <source>a bad attribute value</source>
        <translation>属性值有误</translation>
    </message>
    <message>
        <source>a quoted string without the closing quote</source>
        <translation>带引号的字符串缺少结束引号</translation>
    </message>
    <message>
        <source>unexpected characters after a link (a missing “,” or “;”?)</source>
        <translation>链接后有意外字符（缺少“,”或“;”？）</translation>
    </message>
    <message>
        <source>an attribute value of the wrong form</source>
        <translation>属性值形式错误</translation>
    </message>
    <message>
        <source>Not valid link format at byte %1: %2.</source>
        <translation>第 %1 字节处的链接格式无效：%2。</translation>
    </message>
    <message>
        <source>%1 sent a block shorter than its block size while announcing more blocks. The transfer was stopped rather than asking again and again; the device misreads RFC 7959 (some answer an empty block). Try a fixed block size in the request.</source>
        <translation>%1 发送的块小于其块大小，却仍声明还有更多块。传输已停止，以免反复请求；该设备误解了 RFC 7959（有些设备会应答空块）。请在请求中尝试使用固定的块大小。</translation>
    </message>
    <message>
        <source>The answer from %1 grew past the largest body this tool accepts; the transfer was stopped.</source>
        <translation>来自 %1 的响应超过了本工具可接受的最大负载；传输已停止。</translation>
    </message>
    <message>
        <source>%1 kept answering without progress, so the exchange was stopped to avoid flooding the device.</source>
        <translation>%1 一直应答却毫无进展，为避免给设备造成过大负担，交互已停止。</translation>
    </message>
    <message>
        <source>The answer from %1 carries a critical option that this tool does not implement (for example OSCORE or Q-Block), so its payload cannot be shown as a plain body.</source>
        <translation>来自 %1 的响应带有本工具未实现的关键选项（例如 OSCORE 或 Q-Block），因此无法将其负载作为普通内容显示。</translation>
    </message>
    <message>
        <source>The resource %1 changed again after the block-wise transfer had started over for its new version. Repeat the request when it changes less often.</source>
        <translation>资源 %1 在 Block-wise 传输为其新版本重新开始后又发生了变化。请在它变化不那么频繁时重复请求。</translation>
    </message>
    <message>
        <source>%1 broke the CoAP rules in a way that trying again cannot fix; the exchange was stopped.</source>
        <translation>%1 违反了 CoAP 规则，重试也无法解决；交互已停止。</translation>
    </message>
    <message>
        <source>Nothing listens on the port of %1: its system answered “port unreachable”. Check the port number, and that the CoAP service on the device is running.</source>
        <translation>%1 的端口上没有任何程序在监听：其系统回答“端口不可达”。请检查端口号，并确认设备上的 CoAP 服务正在运行。</translation>
    </message>
    <message>
        <source>The proxy URI is empty.</source>
        <translation>代理 URI 为空。</translation>
    </message>
    <message>
        <source>The proxy URI is not usable: %1</source>
        <extracomment>%1 why the URI is not valid</extracomment>
        <translation>代理 URI 不可用：%1</translation>
    </message>
    <message>
        <source>A proxy is only a host and a port, such as coap://10.0.0.1:5683; the path belongs in the request&apos;s URI.</source>
        <translation>代理只是主机和端口，例如 coap://10.0.0.1:5683；路径应写在请求的 URI 中。</translation>
    </message>
    <message>
        <source>The URI names an IPv6 zone (%eth0), which means nothing to the proxy; use the device&apos;s global address, or send without the proxy.</source>
        <translation>URI 指定了 IPv6 区域（%eth0），这对代理没有意义；请使用设备的全局地址，或不经代理发送。</translation>
    </message>
    <message>
        <source>The URI is longer than a Proxy-Uri option can hold (1034 bytes); choose Proxy-Scheme in Settings.</source>
        <translation>URI 超过 Proxy-Uri 选项可容纳的长度（1034 字节）；请在设置中选择 Proxy-Scheme。</translation>
    </message>
    <message>
        <source>Bad Gateway: the proxy %1 could not get a valid answer from %2. The device may be off, or nothing serves CoAP at that address and port.</source>
        <translation>Bad Gateway：代理 %1 未能从 %2 获得有效应答。设备可能已关闭，或该地址和端口上没有 CoAP 服务。</translation>
    </message>
    <message>
        <source>Gateway Timeout: the proxy %1 got no answer from %2 in time. The device may be off, asleep or out of the proxy&apos;s reach.</source>
        <translation>Gateway Timeout：代理 %1 未能及时收到 %2 的应答。设备可能已关闭、处于休眠或超出代理的覆盖范围。</translation>
    </message>
    <message>
        <source>Proxying Not Supported: %1 does not forward this request. It is no proxy, or not for this kind of URI; check the proxy in Settings or the device&apos;s proxy.</source>
        <translation>Proxying Not Supported：%1 不转发此请求。它不是代理，或不代理此类 URI；请检查设置中的代理或设备的代理。</translation>
    </message>
    <message>
        <source>via proxy %1 (%2)</source>
        <extracomment>%1 the proxy&apos;s address, %2 the option that names the device: Proxy-Uri or Proxy-Scheme</extracomment>
        <translation>经代理 %1（%2）</translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <source>Message log</source>
        <translation>消息日志</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>The simulated devices could not start: %1</source>
        <translation>无法启动模拟设备：%1</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n simulated device(s) on this computer</source>
        <translation>
            <numerusform>演示：本机上有 %n 个模拟设备</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>C&amp;hart this resource</source>
        <translation>绘制此资源的图表(&amp;H)</translation>
    </message>
    <message>
        <source>Plot the values of the resource in the form in the Charts panel; it is observed if it is not yet</source>
        <translation>在“图表”面板中绘制表单中资源的数值；如尚未观察则开始观察</translation>
    </message>
    <message>
        <source>&amp;Monitor view</source>
        <translation>监视视图(&amp;M)</translation>
    </message>
    <message>
        <source>Give the charts the whole window for watching, and back (Ctrl+Shift+M)</source>
        <translation>让图表占据整个窗口以便监视，再次切换则恢复（Ctrl+Shift+M）</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) were running when CoAP Explorer closed. Observe them again?</source>
        <translation>
            <numerusform>CoAP Explorer 关闭时有 %n 个观察正在进行。要重新观察吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <source>Close the charts</source>
        <translation>关闭图表</translation>
    </message>
    <message numerus="yes">
        <source>The charts observe %n resource(s). Stop these observations?</source>
        <translation>
            <numerusform>图表正在观察 %n 个资源。要停止这些观察吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Observations the request form shows keep running.</source>
        <translation>请求表单中显示的观察将继续进行。</translation>
    </message>
    <message>
        <source>&amp;Stop observing</source>
        <translation>停止观察(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep observing</source>
        <translation>继续观察(&amp;K)</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>打开抓包</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>抓包文件 (*.pcap *.pcapng *.cap *.dmp);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>No chartable value in the %n notification(s) of %1</source>
        <translation>
            <numerusform>%1 的 %n 条通知中没有可绘制的数值</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;capture…</source>
        <translation>打开抓包(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a pcap or pcapng capture (tcpdump, Wireshark) and show its CoAP datagrams</source>
        <translation>打开 pcap 或 pcapng 抓包（tcpdump、Wireshark）并显示其中的 CoAP 数据报</translation>
    </message>
</context>
<context>
    <name>GatewayDialog</name>
    <message>
        <source>Serve devices over HTTP</source>
        <translation>通过 HTTP 提供设备</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>读取：</translation>
    </message>
    <message>
        <source>Watch:</source>
        <translation>观察：</translation>
    </message>
    <message>
        <source>Methods, Content-Type, Accept and ETags are passed on; a device that does not answer gives 504, one that cannot be reached 502. With Accept: text/event-stream a GET observes the resource and sends each notification as an event.</source>
        <translation>方法、Content-Type、Accept 和 ETag 会被转发；设备无应答时返回 504，无法到达时返回 502。带 Accept: text/event-stream 的 GET 会观察该资源，并把每条通知作为一个事件发送。</translation>
    </message>
    <message>
        <source>&amp;Stop serving</source>
        <translation>停止提供(&amp;S)</translation>
    </message>
    <message>
        <source>The devices this window reaches are served at &lt;b&gt;%1&lt;/b&gt;/coap://&lt;i&gt;device&lt;/i&gt;/&lt;i&gt;path&lt;/i&gt;. Only programs on this computer can connect (loopback).</source>
        <translation>此窗口能访问的设备通过 &lt;b&gt;%1&lt;/b&gt;/coap://&lt;i&gt;设备&lt;/i&gt;/&lt;i&gt;路径&lt;/i&gt; 提供。只有本机上的程序可以连接（回环地址）。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>GatewayPart</name>
    <message>
        <source>Let curl, a browser or a script on this computer reach the devices: http://127.0.0.1:8080/coap://device/path (RFC 8075)</source>
        <translation>让本机上的 curl、浏览器或脚本访问这些设备：http://127.0.0.1:8080/coap://设备/路径（RFC 8075）</translation>
    </message>
    <message>
        <source>Serve devices over HTTP</source>
        <translation>通过 HTTP 提供设备</translation>
    </message>
    <message>
        <source>The devices are served over HTTP here; click for examples</source>
        <translation>设备在此通过 HTTP 提供；点击查看示例</translation>
    </message>
    <message>
        <source>The HTTP gateway could not start: %1</source>
        <translation>HTTP 网关无法启动：%1</translation>
    </message>
    <message>
        <source>HTTP: %1</source>
        <translation>HTTP：%1</translation>
    </message>
    <message>
        <source>event streams: %1</source>
        <translation>事件流：%1</translation>
    </message>
    <message>
        <source>Ser&amp;ve devices over HTTP</source>
        <translation>通过 HTTP 提供设备(&amp;V)</translation>
    </message>
    <message>
        <source>HTTP Gateway Add&amp;ress…</source>
        <translation>HTTP 网关地址(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>InlineBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>隐藏消息</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
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
        <translation>无套接字</translation>
    </message>
    <message>
        <source>UDP port %1</source>
        <translation>UDP 端口 %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Settings: transmission parameters, block size, discovery, language</source>
        <translation>设置：传输参数、块大小、发现、语言</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>发送请求（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the running exchange or observation (Esc)</source>
        <translation>取消正在进行的交互或观察（Esc）</translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation>观察(&amp;O)</translation>
    </message>
    <message>
        <source>Observe the resource: the device sends every change (Ctrl+O)</source>
        <translation>观察该资源：设备会发送每一次变化（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>发现(&amp;D)</translation>
    </message>
    <message>
        <source>Ask the local network which CoAP devices are there (Ctrl+D)</source>
        <translation>询问本地网络上有哪些 CoAP 设备（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>添加设备(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a device by its address</source>
        <translation>按地址添加设备</translation>
    </message>
    <message>
        <source>&amp;About CoAP Explorer</source>
        <translation>关于 CoAP Explorer(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>请求(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方法(&amp;M)</translation>
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
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>No devices yet.

Press Discover (Ctrl+D) to ask the local network, or Add device… to enter an address.</source>
        <translation>还没有设备。

按“发现”（Ctrl+D）询问本地网络，或按“添加设备…”输入地址。</translation>
    </message>
    <message numerus="yes">
        <source>%n device</source>
        <translation>
            <numerusform>%n 个设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n 个设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange</source>
        <translation>
            <numerusform>%n 次交互</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n 次交互</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmission</source>
        <translation>
            <numerusform>%n 次重传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmissions</source>
        <translation>
            <numerusform>%n 次重传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation</source>
        <translation>
            <numerusform>%n 个观察</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observations</source>
        <translation>
            <numerusform>%n 个观察</numerusform>
        </translation>
    </message>
    <message>
        <source>Observing uses GET.</source>
        <translation>观察使用 GET。</translation>
    </message>
    <message>
        <source>Observing %1 — waiting for the first notification…</source>
        <translation>正在观察 %1 — 等待第一条通知…</translation>
    </message>
    <message>
        <source>%1 %2 — waiting for an answer…</source>
        <translation>%1 %2 — 等待应答…</translation>
    </message>
    <message>
        <source>observing, notification %1</source>
        <translation>正在观察，第 %1 条通知</translation>
    </message>
    <message>
        <source>observation cancelled</source>
        <translation>观察已取消</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled before an answer arrived.</source>
        <translation>在应答到达前已取消。</translation>
    </message>
    <message numerus="yes">
        <source>observation ended after %n notification</source>
        <translation>
            <numerusform>观察在 %n 条通知后结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>observation ended after %n notifications</source>
        <translation>
            <numerusform>观察在 %n 条通知后结束</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange ended without an answer.</source>
        <translation>交互结束，没有收到应答。</translation>
    </message>
    <message>
        <source>Resume o&amp;bservation of %1</source>
        <translation>恢复观察 %1(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save payload…</source>
        <translation>保存负载(&amp;S)…</translation>
    </message>
    <message>
        <source>Go to the &amp;URI field</source>
        <translation>转到 URI 字段(&amp;U)</translation>
    </message>
    <message>
        <source>Add &amp;option</source>
        <translation>添加选项(&amp;O)</translation>
    </message>
    <message>
        <source>Clear URI &amp;history</source>
        <translation>清除 URI 历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Repeat request</source>
        <translation>重复请求(&amp;R)</translation>
    </message>
    <message>
        <source>Resume o&amp;bservation</source>
        <translation>恢复观察(&amp;E)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Discovery &amp;settings…</source>
        <translation>发现设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Stop &amp;observing</source>
        <translation>停止观察(&amp;O)</translation>
    </message>
    <message>
        <source>End the observation of this resource; the device is told (Ctrl+O)</source>
        <translation>结束对该资源的观察；会通知设备（Ctrl+O）</translation>
    </message>
    <message>
        <source>%1 %2 — no answer yet: retransmission %3 of %4, gives up in about %5. Esc cancels.</source>
        <extracomment>%1 method, %2 URI, %3 the retransmission number, %4 how many there are at most, %5 a duration such as &quot;70 s&quot;</extracomment>
        <translation>%1 %2 — 尚无应答：第 %3 次重传（共 %4 次），约 %5 后放弃。按 Esc 取消。</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <extracomment>%1 the address of the forward proxy the request went to</extracomment>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>Cop&amp;y as</source>
        <translation>复制为(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the request in the form as a command line for another tool</source>
        <translation>将表单中的请求复制为其他工具的命令行</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>→ sent</source>
        <translation>→ 已发送</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← 已接收</translation>
    </message>
    <message>
        <source>Confirmable</source>
        <translation>可确认 (CON)</translation>
    </message>
    <message>
        <source>Non-confirmable</source>
        <translation>不可确认 (NON)</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>确认 (ACK)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置 (RST)</translation>
    </message>
    <message>
        <source>&lt; 1 ms</source>
        <translation>&lt; 1 毫秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>malformed: %1</source>
        <translation>格式错误：%1</translation>
    </message>
    <message>
        <source>retransmission %1</source>
        <translation>第 %1 次重传</translation>
    </message>
    <message>
        <source>duplicate: reply sent again</source>
        <translation>重复：已再次发送应答</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>%1 (engine clock %2 ms)</source>
        <translation>%1（引擎时钟 %2 毫秒）</translation>
    </message>
    <message>
        <source>Empty message (0.00)</source>
        <translation>空消息 (0.00)</translation>
    </message>
    <message>
        <source>Request %1 (%2)</source>
        <translation>请求 %1（%2）</translation>
    </message>
    <message>
        <source>%1: success</source>
        <translation>%1：成功</translation>
    </message>
    <message>
        <source>%1: client error</source>
        <translation>%1：客户端错误</translation>
    </message>
    <message>
        <source>%1: server error</source>
        <translation>%1：服务器错误</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>无 Token</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>%1 的 Token</translation>
    </message>
    <message>
        <source>Round-trip time since the first transmission of the request</source>
        <translation>自请求首次发送以来的往返时间</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 Found at byte %2.</source>
        <translation>%1 位于第 %2 字节。</translation>
    </message>
    <message>
        <source>Sent again because no acknowledgement came in time (RFC 7252 §4.2).</source>
        <translation>因未及时收到确认而再次发送（RFC 7252 §4.2）。</translation>
    </message>
    <message>
        <source>The peer repeated a message; the same reply was sent again (RFC 7252 §4.5).</source>
        <translation>对端重复发送了消息；已再次发送相同的应答（RFC 7252 §4.5）。</translation>
    </message>
    <message>
        <source>The same message arrived again; it was acted on once only (RFC 7252 §4.5).</source>
        <translation>同一消息再次到达；只处理了一次（RFC 7252 §4.5）。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
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
        <translation>大小</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Wall-clock time when the datagram was logged</source>
        <translation>记录该数据报时的时钟时间</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>消息 ID (Message ID)</translation>
    </message>
    <message>
        <source>Size of the whole datagram in bytes</source>
        <translation>整个数据报的字节数</translation>
    </message>
    <message>
        <source>Round-trip time of a response or acknowledgement</source>
        <translation>响应或确认的往返时间</translation>
    </message>
    <message>
        <source>Retransmissions, duplicates and decoding errors</source>
        <translation>重传、重复和解码错误</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>MessageLogView</name>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Show the datagrams of one device only</source>
        <translation>只显示某一个设备的数据报</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>所有设备</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
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
        <translation>格式错误</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>仅问题</translation>
    </message>
    <message>
        <source>Retransmissions, duplicates, resets, malformed datagrams and 4.xx/5.xx answers</source>
        <translation>重传、重复、重置、格式错误的数据报以及 4.xx/5.xx 应答</translation>
    </message>
    <message>
        <source>Show one message type only, or only what looks wrong</source>
        <translation>只显示一种消息类型，或只显示看起来有问题的内容</translation>
    </message>
    <message>
        <source>Filter by peer, code, token, options or payload (Ctrl+F)</source>
        <translation>按对端、代码、Token、选项或负载筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows the datagrams whose peer, code, token, options or payload text contain this text. Esc clears it.</source>
        <translation>显示对端、代码、Token、选项或负载文本中包含此文本的数据报。按 Esc 清除。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Hold new datagrams back so that the list stands still; they are still recorded and appear when you resume</source>
        <translation>暂缓显示新的数据报，使列表保持静止；它们仍会被记录，并在继续时出现</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every datagram from the log and reset the counters</source>
        <translation>从日志中移除所有数据报并重置计数</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Hex dump</source>
        <translation>十六进制转储</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>消息日志</translation>
    </message>
    <message>
        <source>Decoded datagram</source>
        <translation>解码后的数据报</translation>
    </message>
    <message>
        <source>Hex dump of the datagram</source>
        <translation>数据报的十六进制转储</translation>
    </message>
    <message>
        <source>No datagrams</source>
        <translation>无数据报</translation>
    </message>
    <message>
        <source>Datagrams: %1</source>
        <translation>数据报：%1</translation>
    </message>
    <message>
        <source>None of %1 match the filter</source>
        <translation>%1 个中没有与筛选匹配的</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>paused, %1 held back</source>
        <translation>已暂停，暂缓 %1 个</translation>
    </message>
    <message>
        <source>(no longer in the log)</source>
        <translation>（已不在日志中）</translation>
    </message>
    <message>
        <source>%1 %2 %3, MID %4 at %5</source>
        <translation>%1 %2 %3，MID %4，时间 %5</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>malformed datagram at %1</source>
        <translation>%1 的格式错误数据报</translation>
    </message>
    <message>
        <source>(held back while paused)</source>
        <translation>（暂停期间暂缓）</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>from</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>%1 · engine clock %2 ms · %3</source>
        <translation>%1 · 引擎时钟 %2 毫秒 · %3</translation>
    </message>
    <message>
        <source>Malformed.</source>
        <translation>格式错误。</translation>
    </message>
    <message>
        <source>%1 Found at byte %2.</source>
        <translation>%1 位于第 %2 字节。</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>报头</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>No options</source>
        <translation>无选项</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>No payload</source>
        <translation>无负载</translation>
    </message>
    <message>
        <source>Content-Format %1</source>
        <translation>Content-Format %1</translation>
    </message>
    <message>
        <source>Not UTF-8 text; see the hex dump.</source>
        <translation>不是 UTF-8 文本；请查看十六进制转储。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>%1 (since the first transmission)</source>
        <translation>%1（自首次发送起）</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Reset by</source>
        <translation>重置者</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认者</translation>
    </message>
    <message>
        <source>Retransmission of</source>
        <translation>重传自</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>重复自</translation>
    </message>
    <message>
        <source>Other repeats</source>
        <translation>其他重复</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交互</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>报头 %1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>options %1</source>
        <translation>选项 %1</translation>
    </message>
    <message>
        <source>payload marker %1</source>
        <translation>负载标记 %1</translation>
    </message>
    <message>
        <source>payload %1</source>
        <translation>负载 %1</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>No datagrams yet. Every datagram the app sends or receives shows here: send a request or start a discovery.</source>
        <translation>还没有数据报。应用发送或接收的每个数据报都会显示在这里：请发送请求或开始发现。</translation>
    </message>
    <message>
        <source>Select a datagram to see it decoded and in hex, with its request or response and its retransmissions.</source>
        <translation>选择一个数据报，即可查看其解码内容和十六进制，以及对应的请求或响应和重传。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Go to &amp;request</source>
        <translation>转到请求(&amp;R)</translation>
    </message>
    <message>
        <source>Go to &amp;response</source>
        <translation>转到响应(&amp;R)</translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation>复制为十六进制(&amp;H)</translation>
    </message>
    <message>
        <source>Clear &amp;filter</source>
        <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Keep the newest datagram in view; stops while a row is selected or the list is scrolled up</source>
        <translation>保持显示最新的数据报；选中某行或向上滚动列表时停止</translation>
    </message>
    <message>
        <source>All rows as &amp;CSV…</source>
        <translation>所有行导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>All rows as &amp;JSON…</source>
        <translation>所有行导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Filtered rows as CSV…</source>
        <translation>筛选后的行导出为 CSV(&amp;F)…</translation>
    </message>
    <message>
        <source>Filtered rows as JS&amp;ON…</source>
        <translation>筛选后的行导出为 JSON(&amp;O)…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a device in the log&apos;s device filter: %1 its name, %2 its address</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Export filtered rows</source>
        <translation>导出筛选后的行</translation>
    </message>
    <message>
        <source>Export all rows</source>
        <translation>导出所有行</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Show only &amp;this device</source>
        <translation>仅显示此设备(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>All rows as &amp;pcapng (Wireshark)…</source>
        <translation>所有行导出为 pcapng (Wireshark)(&amp;P)…</translation>
    </message>
    <message>
        <source>Filtered rows as pc&amp;apng (Wireshark)…</source>
        <translation>筛选后的行导出为 pcapng (Wireshark)(&amp;A)…</translation>
    </message>
    <message>
        <source>Wireshark captures (*.pcapng)</source>
        <translation>Wireshark 抓包文件 (*.pcapng)</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>复制为(&amp;A)</translation>
    </message>
    <message>
        <source>Chart this res&amp;ource</source>
        <translation>绘制此资源图表(&amp;O)</translation>
    </message>
    <message>
        <source>Save the log as CSV, JSON or pcapng (Wireshark)</source>
        <translation>将日志保存为 CSV、JSON 或 pcapng (Wireshark)</translation>
    </message>
</context>
<context>
    <name>ObservationHub</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: telling the device…</source>
        <translation>正在停止：正在通知设备…</translation>
    </message>
    <message>
        <source>waiting for the first notification…</source>
        <translation>等待第一条通知…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the time of day of the last notification, %2 the start of its payload</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Last notification</source>
        <translation>最新通知</translation>
    </message>
</context>
<context>
    <name>ObservationsPanel</name>
    <message>
        <source>Observations</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>Stop observing</source>
        <translation>停止观察</translation>
    </message>
    <message>
        <source>End the selected observations; the devices are told (Delete)</source>
        <translation>结束所选的观察；会通知设备（Delete）</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>End every running observation</source>
        <translation>结束所有正在进行的观察</translation>
    </message>
    <message>
        <source>Nothing is observed. Right-click a resource and choose Observe or Chart.</source>
        <translation>没有正在观察的资源。右键单击资源并选择“观察”或“图表”。</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) running</source>
        <translation>
            <numerusform>%n 个观察正在进行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsItemDelegate</name>
    <message>
        <source>name or number</source>
        <translation>名称或编号</translation>
    </message>
</context>
<context>
    <name>OptionsTableModel</name>
    <message>
        <source>text, or bytes in hex after 0x</source>
        <translation>文本，或 0x 之后的十六进制字节</translation>
    </message>
    <message>
        <source>a content format: a number or a media type such as application/json</source>
        <translation>内容格式：数字或媒体类型，例如 application/json</translation>
    </message>
    <message>
        <source>NUM/MORE/SIZE, e.g. 0/0/64</source>
        <translation>NUM/MORE/SIZE，例如 0/0/64</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>a number from 0 to %1</source>
        <translation>0 到 %1 之间的数字</translation>
    </message>
    <message numerus="yes">
        <source>text of %n byte</source>
        <translation>
            <numerusform>%n 字节的文本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of %n bytes</source>
        <translation>
            <numerusform>%n 字节的文本</numerusform>
        </translation>
    </message>
    <message>
        <source>text of %1 to %2 bytes</source>
        <translation>%1 到 %2 字节的文本</translation>
    </message>
    <message numerus="yes">
        <source>%n byte in hex, e.g. 0a</source>
        <translation>
            <numerusform>%n 字节的十六进制，例如 0a1b</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes in hex, e.g. 0a1b</source>
        <translation>
            <numerusform>%n 字节的十六进制，例如 0a1b</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 bytes in hex, e.g. 0a1b2c</source>
        <translation>%1 到 %2 字节的十六进制，例如 0a1b2c</translation>
    </message>
    <message>
        <source>Option %1: after 0x write bytes in hex, two digits each.</source>
        <translation>选项 %1：在 0x 之后按十六进制写字节，每个字节两位数字。</translation>
    </message>
    <message>
        <source>%1 takes no value; leave the cell empty.</source>
        <translation>%1 不带值；请将单元格留空。</translation>
    </message>
    <message>
        <source>%1 takes a content format: a number 0 to 65535 or a media type such as application/json.</source>
        <translation>%1 的值是内容格式：0 到 65535 的数字，或媒体类型，例如 application/json。</translation>
    </message>
    <message>
        <source>%1 is written NUM/MORE/SIZE: a block number below 1048576, 0 or 1, and a size of 16, 32, 64, 128, 256, 512 or 1024, e.g. 0/0/64.</source>
        <translation>%1 写作 NUM/MORE/SIZE：小于 1048576 的块编号、0 或 1、以及 16、32、64、128、256、512 或 1024 的大小，例如 0/0/64。</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 0 to %2.</source>
        <translation>%1 的值是 0 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>%1 takes text of %2 to %3 bytes; this is %4.</source>
        <translation>%1 的值是 %2 到 %3 字节的文本；当前为 %4。</translation>
    </message>
    <message>
        <source>%1 takes bytes written in hex, two digits per byte, e.g. 0a1b2c.</source>
        <translation>%1 的值是十六进制字节，每个字节两位数字，例如 0a1b2c。</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 bytes; this is %4.</source>
        <translation>%1 的值是 %2 到 %3 字节；当前为 %4。</translation>
    </message>
    <message>
        <source>Choose an option for this value: type a name such as Uri-Query, or a number.</source>
        <translation>为此值选择一个选项：输入名称（如 Uri-Query）或编号。</translation>
    </message>
    <message>
        <source>“%1” is not a registered option; type a name such as Uri-Query, or its number (0 to 65535).</source>
        <translation>“%1”不是已注册的选项；请输入名称（如 Uri-Query）或其编号（0 到 65535）。</translation>
    </message>
    <message>
        <source>%1 may appear only once; it is already in row %2.</source>
        <translation>%1 只能出现一次；它已在第 %2 行。</translation>
    </message>
    <message>
        <source>Option row %1: %2</source>
        <translation>选项第 %1 行：%2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>elective</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>unsafe to forward</source>
        <translation>不可安全转发</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (option %2): %3</source>
        <translation>%1（选项 %2）：%3</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>PayloadEditor</name>
    <message>
        <source>&amp;Load…</source>
        <translation>加载(&amp;L)…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CBOR (typed as JSON or diagnostic notation)</source>
        <translation>CBOR（以 JSON 或诊断表示法输入）</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>十六进制字节</translation>
    </message>
    <message>
        <source>How the text below is turned into the bytes that are sent</source>
        <translation>下方文本如何转换为发送的字节</translation>
    </message>
    <message>
        <source>Payload input format</source>
        <translation>负载输入格式</translation>
    </message>
    <message>
        <source>Load the payload from a file</source>
        <translation>从文件加载负载</translation>
    </message>
    <message>
        <source>(no Content-Format)</source>
        <translation>（无 Content-Format）</translation>
    </message>
    <message>
        <source>The Content-Format option sent with the payload</source>
        <translation>随负载一起发送的 Content-Format 选项</translation>
    </message>
    <message>
        <source>Payload for POST, PUT, FETCH, PATCH and iPATCH</source>
        <translation>用于 POST、PUT、FETCH、PATCH 和 iPATCH 的负载</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>负载(&amp;Y)：</translation>
    </message>
    <message>
        <source>Co&amp;ntent-Format:</source>
        <translation>Co&amp;ntent-Format：</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Load payload</source>
        <translation>加载负载</translation>
    </message>
    <message>
        <source>All files (*);;JSON (*.json);;CBOR (*.cbor);;Text (*.txt)</source>
        <translation>所有文件 (*);;JSON (*.json);;CBOR (*.cbor);;文本 (*.txt)</translation>
    </message>
    <message>
        <source>The Content-Format “%1” is not a registered media type or a number 0 to 65535.</source>
        <translation>Content-Format“%1”不是已注册的媒体类型，也不是 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Valid JSON, %1.</source>
        <translation>有效的 JSON，%1。</translation>
    </message>
    <message>
        <source>Valid, %1 of CBOR: %2</source>
        <translation>有效，%1 的 CBOR：%2</translation>
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
        <translation>对象</translation>
    </message>
    <message numerus="yes">
        <source>{%n member}</source>
        <translation>
            <numerusform>{%n 个成员}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n members}</source>
        <translation>
            <numerusform>{%n 个成员}</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message numerus="yes">
        <source>[%n element]</source>
        <translation>
            <numerusform>[%n 个元素]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n elements]</source>
        <translation>
            <numerusform>[%n 个元素]</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>map</source>
        <translation>映射</translation>
    </message>
    <message numerus="yes">
        <source>{%n pair}</source>
        <translation>
            <numerusform>{%n 对}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n pairs}</source>
        <translation>
            <numerusform>{%n 对}</numerusform>
        </translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>bytes (%1)</source>
        <translation>字节（%1）</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>float</source>
        <translation>浮点数</translation>
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
        <translation>（和 %1）</translation>
    </message>
    <message>
        <source>Hex needs two digits per byte; the last byte has only one.</source>
        <translation>十六进制每个字节需要两位数字；最后一个字节只有一位。</translation>
    </message>
    <message>
        <source>“%1” at %2 is not a hex digit.</source>
        <translation>位置 %2 处的“%1”不是十六进制数字。</translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>&amp;Add option</source>
        <translation>添加选项(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Request method (Alt+M)</source>
        <translation>请求方法（Alt+M）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The resource to request, e.g. coap://192.168.1.20/sensors/temp (Ctrl+L)</source>
        <translation>要请求的资源，例如 coap://192.168.1.20/sensors/temp（Ctrl+L）</translation>
    </message>
    <message>
        <source>coap://192.168.1.20/sensors/temp</source>
        <translation>coap://192.168.1.20/sensors/temp</translation>
    </message>
    <message>
        <source>CON (confirmable)</source>
        <translation>CON（可确认）</translation>
    </message>
    <message>
        <source>NON (non-confirmable)</source>
        <translation>NON（不可确认）</translation>
    </message>
    <message>
        <source>CON is retransmitted until the device acknowledges it; NON is sent once</source>
        <translation>CON 会重传直到设备确认；NON 只发送一次</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>Accept: the content format you want the answer in</source>
        <translation>Accept：您希望应答使用的内容格式</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Largest block for block-wise transfers (RFC 7959)</source>
        <translation>Block-wise 传输的最大块（RFC 7959）</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Acce&amp;pt:</source>
        <translation>Accept(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>块大小(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI：</translation>
    </message>
    <message>
        <source>Request options</source>
        <translation>请求选项</translation>
    </message>
    <message>
        <source>Extra options; the URI already gives Uri-Host, Uri-Port, Uri-Path and Uri-Query</source>
        <translation>附加选项；URI 已给出 Uri-Host、Uri-Port、Uri-Path 和 Uri-Query</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>选项(&amp;O)：</translation>
    </message>
    <message>
        <source>Add a row: type an option name such as ETag, or its number</source>
        <translation>添加一行：输入选项名称（如 ETag）或其编号</translation>
    </message>
    <message>
        <source>Remove the selected option rows</source>
        <translation>移除所选的选项行</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI：%1</translation>
    </message>
    <message>
        <source>%1 requests carry no payload; choose PUT, POST, FETCH, PATCH or iPATCH to send it.</source>
        <translation>%1 请求不携带负载；要发送负载，请选择 PUT、POST、FETCH、PATCH 或 iPATCH。</translation>
    </message>
    <message>
        <source>Requests to this device go through a forward proxy (Settings, or the device&apos;s context menu in the tree)</source>
        <translation>发往此设备的请求经过转发代理（设置，或树中设备的右键菜单）</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>&amp;Save payload…</source>
        <translation>保存负载(&amp;S)…</translation>
    </message>
    <message>
        <source>Send a request with Ctrl+Return to see the answer here.</source>
        <translation>按 Ctrl+Return 发送请求，即可在此查看应答。</translation>
    </message>
    <message>
        <source>Save the payload bytes to a file (Ctrl+S)</source>
        <translation>将负载字节保存到文件（Ctrl+S）</translation>
    </message>
    <message>
        <source>Response options</source>
        <translation>响应选项</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Content formats</source>
        <translation>内容格式</translation>
    </message>
    <message>
        <source>Observable</source>
        <translation>可观察</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation>其他属性</translation>
    </message>
    <message>
        <source>Double-click a link (or press Enter) to open its URI in the request</source>
        <translation>双击链接（或按 Enter）可在请求中打开其 URI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>文本(&amp;X)</translation>
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
        <translation>链接(&amp;I)</translation>
    </message>
    <message>
        <source>SenML</source>
        <translation>SenML</translation>
    </message>
    <message>
        <source>Ima&amp;ge</source>
        <translation>图像(&amp;G)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Unregistered code</source>
        <translation>未注册的代码</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>MID %1</source>
        <translation>MID %1</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>无 Token</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retransmission</source>
        <translation>
            <numerusform>%n 次重传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retransmissions</source>
        <translation>
            <numerusform>%n 次重传</numerusform>
        </translation>
    </message>
    <message>
        <source>· notification %1 (Observe %2)</source>
        <translation>· 第 %1 条通知（Observe %2）</translation>
    </message>
    <message>
        <source>· notification %1</source>
        <translation>· 第 %1 条通知</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>已接收 %1</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>（根）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>双击以打开 %1</translation>
    </message>
    <message>
        <source>The image data could not be decoded as %1.</source>
        <translation>无法将图像数据解码为 %1。</translation>
    </message>
    <message>
        <source>The payload is declared as %1 but does not parse; it is shown as text and hex. %2</source>
        <translation>负载声明为 %1，但无法解析；以文本和十六进制显示。%2</translation>
    </message>
    <message>
        <source>The payload is declared as text but is not valid UTF-8; see the Hex tab.</source>
        <translation>负载声明为文本，但不是有效的 UTF-8；请查看 Hex 标签页。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation>保存负载</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop waiting for this answer (Esc)</source>
        <translation>不再等待此应答（Esc）</translation>
    </message>
    <message>
        <source>from %1, the proxy for %2</source>
        <extracomment>%1 the forward proxy&apos;s address, %2 the device&apos;s URI it answered for</extracomment>
        <translation>来自 %1，即 %2 的代理</translation>
    </message>
</context>
<context>
    <name>SecurityPart</name>
    <message>
        <source>Security &amp;credentials…</source>
        <translation>安全凭据(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Peer certificate…</source>
        <translation>对端证书(&amp;C)…</translation>
    </message>
    <message>
        <source>secured: %1</source>
        <translation>已加密：%1</translation>
    </message>
    <message>
        <source>Peer certificate</source>
        <translation>对端证书</translation>
    </message>
    <message>
        <source>The secure connection to %1 uses a pre-shared key: the device showed no certificate.</source>
        <translation>与 %1 的安全连接使用预共享密钥：设备未出示证书。</translation>
    </message>
    <message>
        <source>There is no secure connection to show a certificate for.</source>
        <translation>当前没有可显示证书的安全连接。</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>The secure connection to %1 failed: the pre-shared key for identity “%2” is wrong. Check the key in Devices ▸ Security credentials.</source>
        <translation>与 %1 的安全连接失败：身份“%2”的预共享密钥错误。请在 设备 ▸ 安全凭据 中检查密钥。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: the device does not know the identity “%2”.</source>
        <translation>与 %1 的安全连接失败：设备不认识身份“%2”。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not signed by a trusted authority. You can view the certificate and accept it for this device.</source>
        <translation>与 %1 的安全连接失败：其证书未经受信任的证书颁发机构签名。您可以查看该证书并为此设备接受它。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate has expired or is not valid yet.</source>
        <translation>与 %1 的安全连接失败：其证书已过期或尚未生效。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not issued for “%2”.</source>
        <translation>与 %1 的安全连接失败：其证书不是为“%2”颁发的。</translation>
    </message>
    <message>
        <source>No secure connection to %1: the device did not complete the DTLS handshake in time. Is it listening for coaps on that port?</source>
        <translation>未能与 %1 建立安全连接：设备未及时完成 DTLS 握手。它是否在该端口上监听 coaps？</translation>
    </message>
    <message>
        <source>The device at %1 ended the secure connection (%2).</source>
        <translation>%1 处的设备结束了安全连接（%2）。</translation>
    </message>
    <message>
        <source>No credentials for %1. Add them in Devices ▸ Security credentials.</source>
        <translation>没有 %1 的凭据。请在 设备 ▸ 安全凭据 中添加。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %3 to %4&lt;br&gt;&lt;b&gt;SHA-256:&lt;/b&gt; &lt;tt&gt;%5&lt;/tt&gt;</source>
        <translation>&lt;b&gt;主题：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;颁发者：&lt;/b&gt;%2&lt;br&gt;&lt;b&gt;有效期：&lt;/b&gt;%3 至 %4&lt;br&gt;&lt;b&gt;SHA-256：&lt;/b&gt;&lt;tt&gt;%5&lt;/tt&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Discover &amp;automatically when the window opens</source>
        <translation>窗口打开时自动发现(&amp;A)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Acknowledgement &amp;timeout (ACK_TIMEOUT):</source>
        <translation>确认超时 (ACK_TIMEOUT)(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Random factor (ACK_RANDOM_FACTOR):</source>
        <translation>随机因子 (ACK_RANDOM_FACTOR)(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;transmissions (MAX_RETRANSMIT):</source>
        <translation>重传次数 (MAX_RETRANSMIT)(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Outstanding requests per device (NSTART):</source>
        <translation>每个设备的未完成请求数 (NSTART)(&amp;O)：</translation>
    </message>
    <message>
        <source>Multicast &amp;leisure (DEFAULT_LEISURE):</source>
        <translation>组播等待时间 (DEFAULT_LEISURE)(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Maximum latency (MAX_LATENCY):</source>
        <translation>最大延迟 (MAX_LATENCY)(&amp;M)：</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>Default &amp;block size:</source>
        <translation>默认块大小(&amp;B)：</translation>
    </message>
    <message>
        <source>To&amp;ken length:</source>
        <translation>Token 长度(&amp;K)：</translation>
    </message>
    <message>
        <source>One multicast address per line, e.g. 224.0.1.187 or ff02::fd</source>
        <translation>每行一个组播地址，例如 224.0.1.187 或 ff02::fd</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Ask on the checked interfaces only; none checked means all of them</source>
        <translation>只在勾选的接口上询问；不勾选表示全部接口</translation>
    </message>
    <message>
        <source>Multicast &amp;groups:</source>
        <translation>组播组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Interfaces:</source>
        <translation>接口(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Listen for answers:</source>
        <translation>监听应答(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The window changes to the new language at once; the message log starts empty.</source>
        <translation>窗口会立即切换到新语言；消息日志将从空白开始。</translation>
    </message>
    <message>
        <source>Tra&amp;nsmission</source>
        <translation>传输(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>请求(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Discovery</source>
        <translation>发现(&amp;D)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>A confirmable request is sent at most %1 times in all and given up after at most %2 (MAX_TRANSMIT_WAIT).</source>
        <translation>一个可确认请求总共最多发送 %1 次，最多在 %2 后放弃（MAX_TRANSMIT_WAIT）。</translation>
    </message>
    <message>
        <source>“%1” is not a multicast address; use addresses such as 224.0.1.187 or ff02::fd, one per line.</source>
        <translation>“%1”不是组播地址；请使用 224.0.1.187 或 ff02::fd 这样的地址，每行一个。</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>先询问</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>&amp;Resume last run’s observations:</source>
        <translation>恢复上次运行的观察(&amp;R)：</translation>
    </message>
    <message>
        <source>Name the device with Proxy-&amp;Scheme and Uri-* options instead of Proxy-Uri</source>
        <translation>用 Proxy-Scheme 和 Uri-* 选项代替 Proxy-Uri 指定设备(&amp;S)</translation>
    </message>
    <message>
        <source>coap://host:port (empty: send directly)</source>
        <translation>coap://主机:端口（留空：直接发送）</translation>
    </message>
    <message>
        <source>Send every request to this CoAP forward proxy, which passes it on to the device. A device can have a proxy of its own: right-click it in the tree.</source>
        <translation>将每个请求发送到此 CoAP 转发代理，由它转发给设备。设备可以有自己的代理：在树中右键单击它。</translation>
    </message>
    <message>
        <source>Forward &amp;proxy:</source>
        <translation>转发代理(&amp;P)：</translation>
    </message>
    <message>
        <source>When the exchange of one block of a block-wise transfer gets no answer after its retransmissions, try that block again in a new exchange, this many times in a row, so that one lost exchange on a lossy link does not end the transfer. 0 ends the transfer at the first lost exchange.</source>
        <translation>分块传输中某个块的交换在重传后仍无应答时，用新的交换再次尝试该块，最多连续这么多次，这样有丢包的链路上丢失一次交换不会终止传输。0 表示第一次交换丢失即终止传输。</translation>
    </message>
    <message>
        <source>Block retr&amp;ies:</source>
        <translation>块重试次数(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to CoAP Explorer</source>
        <translation>欢迎使用 CoAP Explorer</translation>
    </message>
    <message>
        <source>CoAP Explorer finds the CoAP devices around you, reads and changes their resources, observes them and shows every datagram. Where would you like to start?</source>
        <translation>CoAP Explorer 可以找到您周围的 CoAP 设备，读取和更改它们的资源，观察它们并显示每个数据报。您想从哪里开始？</translation>
    </message>
    <message>
        <source>&amp;Find devices on this network</source>
        <translation>查找此网络中的设备(&amp;F)</translation>
    </message>
    <message>
        <source>Ask the local network which CoAP devices are there (multicast, RFC 7252 §8). Later: Devices → Discover, or Ctrl+D.</source>
        <translation>询问本地网络上有哪些 CoAP 设备（组播，RFC 7252 §8）。以后：设备 → 发现，或 Ctrl+D。</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>试用演示(&amp;T)</translation>
    </message>
    <message>
        <source>Start five simulated devices on this computer and discover them: a gateway, a door contact, temperature and humidity sensors and a wristband. Nothing leaves this computer.</source>
        <translation>在本机上启动五个模拟设备并发现它们：一个网关、一个门磁、温度和湿度传感器以及一个腕带。所有数据都不会离开本机。</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
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
        <translation>查找、检查和调试 CoAP（RFC 7252）设备。</translation>
    </message>
    <message>
        <source>Start five simulated devices on this computer and discover them, to try the application without hardware.</source>
        <translation>在本机上启动五个模拟设备并发现它们，无需硬件即可试用本应用。</translation>
    </message>
    <message>
        <source>Once the devices are discovered and a resource is read, save a picture of the window to FILE and quit.</source>
        <translation>发现设备并读取一个资源后，将窗口截图保存到 FILE 并退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take the screenshot after SECONDS (default 2).</source>
        <translation>在 SECONDS 秒后截图（默认 2）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>With --screenshot: chart three sensors first and show the Charts panel.</source>
        <translation>与 --screenshot 一起使用：先为三个传感器绘制图表并显示“图表”面板。</translation>
    </message>
    <message>
        <source>A coap:// URI to put into the request field.</source>
        <translation>要填入请求字段的 coap:// URI。</translation>
    </message>
    <message>
        <source>--after needs a number of seconds, such as 2 or 0.5.</source>
        <translation>--after 需要秒数，例如 2 或 0.5。</translation>
    </message>
    <message>
        <source>Give at most one URI.</source>
        <translation>最多只能给出一个 URI。</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 1024x700 (for screenshots).</source>
        <translation>以此尺寸打开窗口，例如 1024x700（用于截图）。</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>--size needs a width and a height in pixels, such as 1024x700.</source>
        <translation>--size 需要以像素为单位的宽度和高度，例如 1024x700。</translation>
    </message>
</context>
</TS>
