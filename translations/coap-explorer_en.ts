<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaptureWindow</name>
    <message numerus="yes">
        <source>%n CoAP datagram(s), read-only: nothing here is sent again.</source>
        <translation>
            <numerusform>%n CoAP datagram, read-only: nothing here is sent again.</numerusform>
            <numerusform>%n CoAP datagrams, read-only: nothing here is sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP fragment(s)</source>
        <translation>
            <numerusform>%n IP fragment</numerusform>
            <numerusform>%n IP fragments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n packet(s): %1.</source>
        <translation>
            <numerusform>Skipped %n packet: %1.</numerusform>
            <numerusform>Skipped %n packets: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <source>%n notification(s) without a value</source>
        <translation>
            <numerusform>%n notification without a value</numerusform>
            <numerusform>%n notifications without a value</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message numerus="yes">
        <source>Lists %n resource</source>
        <translation>
            <numerusform>Lists %n resource</numerusform>
            <numerusform>Lists %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lists %n resources</source>
        <translation>
            <numerusform>Lists %n resource</numerusform>
            <numerusform>Lists %n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoveryText</name>
    <message numerus="yes">
        <source>%n device answered before the discovery was stopped (%1).</source>
        <translation>
            <numerusform>%n device answered before the discovery was stopped (%1).</numerusform>
            <numerusform>%n devices answered before the discovery was stopped (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices answered before the discovery was stopped (%1).</source>
        <translation>
            <numerusform>%n device answered before the discovery was stopped (%1).</numerusform>
            <numerusform>%n devices answered before the discovery was stopped (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device answered within %1.</source>
        <translation>
            <numerusform>%n device answered within %1.</numerusform>
            <numerusform>%n devices answered within %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices answered within %1.</source>
        <translation>
            <numerusform>%n device answered within %1.</numerusform>
            <numerusform>%n devices answered within %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for answers: %1 s left · %n device so far</source>
        <translation>
            <numerusform>Listening for answers: %1 s left · %n device so far</numerusform>
            <numerusform>Listening for answers: %1 s left · %n devices so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for answers: %1 s left · %n devices so far</source>
        <translation>
            <numerusform>Listening for answers: %1 s left · %n device so far</numerusform>
            <numerusform>Listening for answers: %1 s left · %n devices so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entry of its resource list left out: %1</source>
        <translation>
            <numerusform>%n broken entry of its resource list left out: %1</numerusform>
            <numerusform>%n broken entries of its resource list left out: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entries of its resource list left out: %1</source>
        <translation>
            <numerusform>%n broken entry of its resource list left out: %1</numerusform>
            <numerusform>%n broken entries of its resource list left out: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmission. Is the device on this link and powered?</source>
        <translation>
            <numerusform>No answer from %1 after %n retransmission. Is the device on this link and powered?</numerusform>
            <numerusform>No answer from %1 after %n retransmissions. Is the device on this link and powered?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmissions. Is the device on this link and powered?</source>
        <translation>
            <numerusform>No answer from %1 after %n retransmission. Is the device on this link and powered?</numerusform>
            <numerusform>No answer from %1 after %n retransmissions. Is the device on this link and powered?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmission (%2). Is the device on this link and powered?</source>
        <translation>
            <numerusform>No answer from %1 after %n retransmission (%2). Is the device on this link and powered?</numerusform>
            <numerusform>No answer from %1 after %n retransmissions (%2). Is the device on this link and powered?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 after %n retransmissions (%2). Is the device on this link and powered?</source>
        <translation>
            <numerusform>No answer from %1 after %n retransmission (%2). Is the device on this link and powered?</numerusform>
            <numerusform>No answer from %1 after %n retransmissions (%2). Is the device on this link and powered?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message numerus="yes">
        <source>Demo: %n simulated device(s) on this computer</source>
        <translation>
            <numerusform>Demo: %n simulated device on this computer</numerusform>
            <numerusform>Demo: %n simulated devices on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) were running when CoAP Explorer closed. Observe them again?</source>
        <translation>
            <numerusform>%n observation was running when CoAP Explorer closed. Observe it again?</numerusform>
            <numerusform>%n observations were running when CoAP Explorer closed. Observe them again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The charts observe %n resource(s). Stop these observations?</source>
        <translation>
            <numerusform>The charts observe %n resource. Stop this observation?</numerusform>
            <numerusform>The charts observe %n resources. Stop these observations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No chartable value in the %n notification(s) of %1</source>
        <translation>
            <numerusform>No chartable value in the %n notification of %1</numerusform>
            <numerusform>No chartable value in the %n notifications of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n device</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
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
    <message numerus="yes">
        <source>observation ended after %n notification</source>
        <translation>
            <numerusform>observation ended after %n notification</numerusform>
            <numerusform>observation ended after %n notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>observation ended after %n notifications</source>
        <translation>
            <numerusform>observation ended after %n notification</numerusform>
            <numerusform>observation ended after %n notifications</numerusform>
        </translation>
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
</context>
<context>
    <name>ObservationsPanel</name>
    <message numerus="yes">
        <source>%n observation(s) running</source>
        <translation>
            <numerusform>%n observation running</numerusform>
            <numerusform>%n observations running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsTableModel</name>
    <message numerus="yes">
        <source>text of %n byte</source>
        <translation>
            <numerusform>text of %n byte</numerusform>
            <numerusform>text of %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of %n bytes</source>
        <translation>
            <numerusform>text of %n byte</numerusform>
            <numerusform>text of %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte in hex, e.g. 0a</source>
        <translation>
            <numerusform>%n byte in hex, e.g. 0a</numerusform>
            <numerusform>%n bytes in hex, e.g. 0a1b</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes in hex, e.g. 0a1b</source>
        <translation>
            <numerusform>%n byte in hex, e.g. 0a</numerusform>
            <numerusform>%n bytes in hex, e.g. 0a1b</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadRender</name>
    <message numerus="yes">
        <source>{%n member}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n members}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n element]</source>
        <translation>
            <numerusform>[%n element]</numerusform>
            <numerusform>[%n elements]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n elements]</source>
        <translation>
            <numerusform>[%n element]</numerusform>
            <numerusform>[%n elements]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n pair}</source>
        <translation>
            <numerusform>{%n pair}</numerusform>
            <numerusform>{%n pairs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n pairs}</source>
        <translation>
            <numerusform>{%n pair}</numerusform>
            <numerusform>{%n pairs}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
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
</context>
</TS>
