#pragma once

#include "simulatedfeature.h"

#include <QTimer>

// A window or door contact (reed switch): /door or /window, observable, "open"/"closed" as text,
// JSON {"open":false,"state":"closed","openings":3}, SenML with a boolean value (vb). It opens and
// closes at random times (a Poisson process: closed for ~15 s on average, open for ~4 s).
// Observers hear of every change at once, and every few seconds anyway.
class ContactSensor : public SimulatedFeature
{
    Q_OBJECT
public:
    enum class Variant { Door, Window };
    static inline const QList<int> kFormats = {0, 50, 110, 112};

    ContactSensor(SimulatedDevice *device, Variant variant);
    void install(CoapServer &server) override;
    void start() override;
    void stop() override;

    QString path() const;
    bool isOpen() const { return m_open; }
    // Opens or closes it now (tests, and the moment someone walks through the door).
    void setOpen(bool open);
    int openings() const { return m_openings; }
    QByteArray render(int format) const;

private:
    void scheduleNextEvent();

    Variant m_variant;
    bool m_open = false;
    int m_openings = 0;
    double m_changedAt = 0;
    QTimer m_event;
    QTimer m_heartbeat;
};
