#include "scriptedpeer.h"

#include "coapcodec.h"

#include <QNetworkDatagram>

ScriptedPeer::ScriptedPeer(Behaviour behaviour) : m_behaviour(std::move(behaviour))
{
    m_socket.bind(QHostAddress(QHostAddress::LocalHost), 0);
    connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram d = m_socket.receiveDatagram();
            const CoapDecodeResult decoded = CoapCodec::decode(d.data());
            if (!decoded.ok() || !decoded.message.isRequest())
                continue;
            requests.append(decoded.message);
            for (const QByteArray &answer : m_behaviour(decoded.message))
                m_socket.writeDatagram(answer, d.senderAddress(), quint16(d.senderPort()));
        }
    });
}

ScriptedPeer *ScriptedPeer::answeringWith(quint8 code, QObject *parent)
{
    auto *peer = new ScriptedPeer([code](const CoapMessage &request) {
        const CoapMessage ack(CoapType::Acknowledgement, code, request.messageId(), request.token());
        return QList<QByteArray>{CoapCodec::encode(ack)};
    });
    peer->setParent(parent);
    return peer;
}
