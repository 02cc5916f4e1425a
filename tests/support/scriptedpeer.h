#pragma once

#include "coapmessage.h"

#include <QList>
#include <QObject>
#include <QUdpSocket>

#include <functional>

// A CoAP "server" inside a test, on a free port of 127.0.0.1: answers every request with the
// datagrams the behaviour returns (garbage, RST, a canned response), and keeps the requests. Only
// requests are answered, so that a client's RSTs to garbage end the ping-pong.
class ScriptedPeer : public QObject
{
public:
    using Behaviour = std::function<QList<QByteArray>(const CoapMessage &request)>;
    explicit ScriptedPeer(Behaviour behaviour);

    // A peer that answers every request with `code`, piggybacked (a proxy's 5.02 or 5.04 without
    // waiting for a real proxy's give-up).
    static ScriptedPeer *answeringWith(quint8 code, QObject *parent = nullptr);

    quint16 port() const { return m_socket.localPort(); }
    QList<CoapMessage> requests;

private:
    QUdpSocket m_socket;
    Behaviour m_behaviour;
};
