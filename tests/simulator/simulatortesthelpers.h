#pragma once
// Shared by the simulator tests (header only: each test is one executable of one source file).

#include "coapclient.h"
#include "coapserver.h"
#include "simulateddevice.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace SimTest {

inline bool waitFinished(CoapReply *reply, int ms = 15000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &CoapReply::finished);
    return spy.wait(ms);
}

// Our own client on a loopback socket of its own.
struct Client
{
    CoapUdpTransport transport;
    CoapClient client{&transport};

    Client() { transport.bind(QHostAddress::LocalHost, 0); }

    static CoapRequest make(const CoapEndpoint &to, quint8 method, const QString &path, const QByteArray &payload = {},
                            int contentFormat = -1, int accept = -1)
    {
        CoapRequest r;
        r.endpoint = to;
        r.message.setCode(method);
        for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            r.message.addOption(CoapOptionNumber::UriPath, segment.toUtf8());
        if (contentFormat >= 0)
            r.message.setUintOption(CoapOptionNumber::ContentFormat, quint64(contentFormat));
        if (accept >= 0)
            r.message.setUintOption(CoapOptionNumber::Accept, quint64(accept));
        r.message.setPayload(payload);
        return r;
    }

    CoapReply *send(const CoapRequest &r) { return client.send(r); }
    CoapReply *request(const CoapEndpoint &to, quint8 method, const QString &path, const QByteArray &payload = {},
                       int contentFormat = -1, int accept = -1)
    {
        return client.send(make(to, method, path, payload, contentFormat, accept));
    }
};

// Runs libcoap's client while our event loop keeps serving; returns its standard output.
inline QByteArray runLibcoap(const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess p;
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral("coap-client-notls"), arguments);
    if (!done.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return "(coap-client-notls did not finish)";
    }
    return p.readAllStandardOutput();
}

} // namespace SimTest
