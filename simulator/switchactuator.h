#pragma once

#include "simulatedfeature.h"

class CoapResponder;
struct CoapServerRequest;

// An actuator: an LED (/led) or a relay (/relay). GET gives "on"/"off" (or JSON {"on":true});
// PUT and POST take "on", "off" or "toggle" as text, or JSON {"on":true} / {"toggle":true}, and
// answer 2.04 Changed with the new state. Anything else is 4.00 with a sentence that says what
// would work. Observable: observers hear of every switch.
class SwitchActuator : public SimulatedFeature
{
    Q_OBJECT
public:
    enum class Variant { Led, Relay };
    static inline const QList<int> kFormats = {0, 50};

    SwitchActuator(SimulatedDevice *device, Variant variant);
    void install(CoapServer &server) override;

    QString path() const;
    bool isOn() const { return m_on; }
    void setOn(bool on);
    int switchCount() const { return m_switches; }
    QByteArray render(int format) const;

Q_SIGNALS:
    void switched(bool on);

private:
    void handleWrite(const CoapServerRequest &request, const CoapResponder &responder);

    Variant m_variant;
    bool m_on = false;
    int m_switches = 0;
};
