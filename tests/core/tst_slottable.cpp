#include <QtTest>

#include "core/engine/slottable.h"

// The connect-slot table that the port scan and discovery share: tokens that
// name a slot and an attempt, stale tokens that find nothing.
class TestSlotTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lowestSlotFirst();
    void attemptThatEndsAtOnceUsesNoSlot();
    void staleTokenFindsNothing();
    void fullTableHasNoFreeSlot();
    void releaseTwice();
};

void TestSlotTable::lowestSlotFirst()
{
    SlotTable<int> table(3);
    QCOMPARE(table.size(), size_t(3));
    QCOMPARE(table.freeCount(), size_t(3));
    const quint64 token = table.next();
    QCOMPARE(SlotTable<int>::indexOf(token), size_t(0));
    table.take().data = 7;
    QCOMPARE(SlotTable<int>::indexOf(table.next()), size_t(1));
    QVERIFY(table.find(token));
    QCOMPARE(table.find(token)->data, 7);
    QCOMPARE(table.tokenOf(0), token);
}

void TestSlotTable::attemptThatEndsAtOnceUsesNoSlot()
{
    SlotTable<int> table(2);
    const quint64 first = table.next(); // the poller answered at once: never taken
    QCOMPARE(table.freeCount(), size_t(2));
    QVERIFY(!table.find(first));
    const quint64 second = table.next();
    QCOMPARE(SlotTable<int>::indexOf(second), SlotTable<int>::indexOf(first));
    QVERIFY(second != first); // a new generation for the same slot
    table.take();
    QVERIFY(table.find(second));
    QVERIFY(!table.find(first));
}

void TestSlotTable::staleTokenFindsNothing()
{
    SlotTable<int> table(1);
    const quint64 old = table.next();
    table.take().data = 1;
    QVERIFY(table.release(0));
    const quint64 now = table.next();
    table.take().data = 2;
    QVERIFY(!table.find(old)); // a completion for the slot's earlier attempt
    QCOMPARE(table.find(now)->data, 2);
    QVERIFY(!table.find(quint64(5))); // an index beyond the table
}

void TestSlotTable::fullTableHasNoFreeSlot()
{
    SlotTable<int> table(2);
    table.next();
    table.take();
    table.next();
    table.take();
    QVERIFY(!table.hasFree());
    QCOMPARE(table.freeCount(), size_t(0));
    table.release(1);
    QCOMPARE(SlotTable<int>::indexOf(table.next()), size_t(1));
    table.reset(4);
    QCOMPARE(table.freeCount(), size_t(4));
    QVERIFY(!table.at(0).active);
}

void TestSlotTable::releaseTwice()
{
    SlotTable<int> table(2);
    table.next();
    table.take();
    QVERIFY(table.release(0));
    QVERIFY(!table.release(0)); // free already: not on the free list twice
    QCOMPARE(table.freeCount(), size_t(2));
}

QTEST_GUILESS_MAIN(TestSlotTable)
#include "tst_slottable.moc"
