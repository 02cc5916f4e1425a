// The start-up floor of a Qt program on this machine (issue 14 item 2): what coap-explorer-cli
// cannot avoid before its first datagram. It loads Qt Core and Network from the system's shared
// libraries, constructs a QCoreApplication, binds one QUdpSocket as our transport does (no proxy
// look-up), and exits. bench/blockwise_download.sh times it beside coap-explorer-cli --version.
#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QUdpSocket>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QUdpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    return socket.bind(QHostAddress::Any, 0) ? 0 : 1;
}
