// RFC 6298's estimator, checked against values worked out by hand.
#include <QTest>

#include "core/engine/rttestimator.h"

using namespace std::chrono_literals;
using us = std::chrono::microseconds;

class TestRttEstimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSample();
    void smoothing();
    void clampedToFloorAndCeiling();
    void noSamplesMeansCeiling();
};

void TestRttEstimator::firstSample()
{
    RttEstimator e;
    e.addSample(us(300ms));
    QCOMPARE(e.samples(), 1);
    QCOMPARE(e.smoothed(), us(300ms));
    QCOMPARE(e.variation(), us(150ms));
    // SRTT + 4 * RTTVAR = 300 + 600
    QCOMPARE(e.timeout(100ms, 5000ms), us(900ms));
}

void TestRttEstimator::smoothing()
{
    RttEstimator e;
    e.addSample(us(100ms));
    e.addSample(us(200ms));
    // RTTVAR = 3/4 * 50 + 1/4 * |100 - 200| = 62.5; SRTT = 7/8 * 100 + 1/8 * 200 = 112.5
    QCOMPARE(e.variation(), us(62500));
    QCOMPARE(e.smoothed(), us(112500));
    QCOMPARE(e.timeout(10ms, 5000ms), us(112500 + 4 * 62500));
    // Steady answers shrink the variation towards zero; half the SRTT stays as slack.
    for (int i = 0; i < 200; ++i)
        e.addSample(us(200ms));
    QVERIFY(e.smoothed() > us(199ms) && e.smoothed() <= us(200ms));
    QVERIFY(e.variation() < us(1ms));
    QCOMPARE(e.timeout(10ms, 5000ms), e.smoothed() + e.smoothed() / 2);
    // A near host's slack is the clock granularity.
    RttEstimator lan;
    for (int i = 0; i < 200; ++i)
        lan.addSample(us(4ms));
    QCOMPARE(lan.timeout(1ms, 5000ms), lan.smoothed() + RttEstimator::granularity);
}

void TestRttEstimator::clampedToFloorAndCeiling()
{
    RttEstimator fast;
    for (int i = 0; i < 10; ++i)
        fast.addSample(us(200)); // 0.2 ms: the loopback
    QCOMPARE(fast.timeout(100ms, 1000ms), us(100ms));
    RttEstimator slow;
    slow.addSample(us(800ms));
    QCOMPARE(slow.timeout(100ms, 1000ms), us(1000ms));
    // A floor above the ceiling gives way to the user's timeout.
    QCOMPARE(fast.timeout(2000ms, 1000ms), us(1000ms));
}

void TestRttEstimator::noSamplesMeansCeiling()
{
    RttEstimator e;
    QVERIFY(!e.hasSamples());
    QCOMPARE(e.timeout(100ms, 1500ms), us(1500ms));
}

QTEST_APPLESS_MAIN(TestRttEstimator)
#include "tst_rttestimator.moc"
