#pragma once

#include <QRandomGenerator>

// Random numbers shaped like physical quantities, for the simulated sensors.
namespace SimulatedRandom {
// Standard normal (Box–Muller).
double gaussian(QRandomGenerator &random);
// Waiting time of a Poisson process with the given mean, in milliseconds, never below minimumMs:
// doors open and close at random times, not on a schedule.
int exponentialMs(QRandomGenerator &random, double meanMs, int minimumMs = 200);
} // namespace SimulatedRandom

// A quantity that wanders as real ones do: an Ornstein–Uhlenbeck process (a random walk pulled
// back towards a mean) for the true value, and independent measurement noise on each reading.
class DriftingValue
{
public:
    struct Parameters
    {
        double mean = 0;              // where the value settles
        double reversionPerSecond = 0.05; // how fast it is pulled back (1/s)
        double volatility = 0.05;     // random walk, units per √s
        double noise = 0.02;          // standard deviation of one reading's noise
        double minimum = -1e9;        // the sensor's range: readings are clamped to it
        double maximum = 1e9;
    };

    DriftingValue() = default;
    DriftingValue(const Parameters &parameters, double start) : m_p(parameters), m_value(start) {}

    // Moves the true value forward by dt seconds.
    void advance(double dtSeconds, QRandomGenerator &random);
    // One reading: the true value plus noise, clamped to the range.
    double read(QRandomGenerator &random) const;
    double trueValue() const { return m_value; }
    void setTrueValue(double value) { m_value = value; }
    double mean() const { return m_p.mean; }
    void setMean(double mean) { m_p.mean = mean; }

private:
    Parameters m_p;
    double m_value = 0;
};
