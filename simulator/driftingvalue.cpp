#include "driftingvalue.h"

#include <QtMath>

#include <cmath>

namespace SimulatedRandom {

double gaussian(QRandomGenerator &random)
{
    // 1 - u keeps the logarithm away from 0.
    const double u1 = 1.0 - random.generateDouble();
    const double u2 = random.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

int exponentialMs(QRandomGenerator &random, double meanMs, int minimumMs)
{
    const double u = 1.0 - random.generateDouble();
    const double ms = -std::log(u) * meanMs;
    return qBound(minimumMs, int(ms), 24 * 3600 * 1000);
}

} // namespace SimulatedRandom

void DriftingValue::advance(double dtSeconds, QRandomGenerator &random)
{
    if (dtSeconds <= 0)
        return;
    // Euler–Maruyama step of dX = θ(μ − X)dt + σ dW.
    m_value += m_p.reversionPerSecond * (m_p.mean - m_value) * dtSeconds
            + m_p.volatility * std::sqrt(dtSeconds) * SimulatedRandom::gaussian(random);
    m_value = qBound(m_p.minimum, m_value, m_p.maximum);
}

double DriftingValue::read(QRandomGenerator &random) const
{
    return qBound(m_p.minimum, m_value + m_p.noise * SimulatedRandom::gaussian(random), m_p.maximum);
}
