// SPDX-License-Identifier: Apache-2.0
#include "spec/quantity.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Runbench::Models::Quantity;

// Checks the Kubernetes quantity grammar and exact comparisons.
class TestQuantity : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void compares_data();
    void compares();
    void wholeAndNegative_data();
    void wholeAndNegative();
    void keepsText();
    void grammarHelpIsASentence();
};

void TestQuantity::accepts_data()
{
    QTest::addColumn<QString>("text");
    const char *valid[] = {"0",     "1",      "+1",  "-1",     "500m", "0.5",   ".5",
                           "1.",    "2",      "1Gi", "512Mi",  "1Ki",  "1Ti",   "1Pi",
                           "1Ei",   "1n",     "1u",  "1k",     "1M",   "1G",    "1T",
                           "1P",    "1E",     "1e3", "12E-2",  "1e+3", "5E-3",  "-3.01e-2",
                           "1.5Gi", ".001Ki", "1.G", "0000.5", "1e0",  "1e999", "123456789"};
    for (const char *text : valid)
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestQuantity::accepts()
{
    QFETCH(QString, text);
    QVERIFY2(Quantity::parse(text).has_value(), qPrintable(text));
}

void TestQuantity::rejects_data()
{
    QTest::addColumn<QString>("text");
    const char *invalid[] = {"",     "1.2.3", "Mi", "1 Mi",  "1mi",   "1MiB", "--1",    "1e",
                             "1e-",  "1e+",   ".",  "-",     "+",     "1K",   "1Mb",    "1GB",
                             " 1",   "1 ",    "1i", ".5i",   "0.1am", "aoeu", "1+1.0M", "1e1.5",
                             "1ee3", "1Gi1",  "e3", "1.5.5", "0x10",  "1,5",  "1m1",    "\xc2\xb5"};
    for (const char *text : invalid)
        QTest::newRow(text[0] ? text : "empty") << QString::fromUtf8(text);
}

void TestQuantity::rejects()
{
    QFETCH(QString, text);
    QVERIFY2(!Quantity::parse(text).has_value(), qPrintable(text));
}

void TestQuantity::compares_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("order"); // -1 left < right, 0 equal, 1 left > right
    QTest::newRow("100m < 0.2") << u"100m"_s << u"0.2"_s << -1;
    QTest::newRow("1Gi > 1G") << u"1Gi"_s << u"1G"_s << 1;
    QTest::newRow("1024Mi == 1Gi") << u"1024Mi"_s << u"1Gi"_s << 0;
    QTest::newRow("1000m == 1") << u"1000m"_s << u"1"_s << 0;
    QTest::newRow("1e3 == 1k") << u"1e3"_s << u"1k"_s << 0;
    QTest::newRow("12E-2 == 120m") << u"12E-2"_s << u"120m"_s << 0;
    QTest::newRow(".5 == 500m") << u".5"_s << u"500m"_s << 0;
    QTest::newRow("1. == 1") << u"1."_s << u"1"_s << 0;
    QTest::newRow("+1 == 1") << u"+1"_s << u"1"_s << 0;
    QTest::newRow("-1 < 0") << u"-1"_s << u"0"_s << -1;
    QTest::newRow("-0 == 0") << u"-0"_s << u"0"_s << 0;
    QTest::newRow("1.5Gi == 1536Mi") << u"1.5Gi"_s << u"1536Mi"_s << 0;
    QTest::newRow(".001Ki == 1024m") << u".001Ki"_s << u"1024m"_s << 0;
    QTest::newRow("1000M == 1G") << u"1000M"_s << u"1G"_s << 0;
    QTest::newRow("1Ki > 1k") << u"1Ki"_s << u"1k"_s << 1;
    QTest::newRow("1n < 2n") << u"1n"_s << u"2n"_s << -1;
    QTest::newRow("1u == 1000n") << u"1u"_s << u"1000n"_s << 0;
    QTest::newRow("finer than 1n rounds up") << u".000000000001Ki"_s << u"2n"_s << 0;
    QTest::newRow("0.1n rounds up to 1n") << u"0.1n"_s << u"1n"_s << 0;
    QTest::newRow("-0.1n rounds to -1n") << u"-0.1n"_s << u"-1n"_s << 0;
    QTest::newRow("capped at 2^63-1") << u"1e100"_s << u"9223372036854775807"_s << 0;
    QTest::newRow("cap also for binary") << u"100Ei"_s << u"8Ei"_s << 0;
    QTest::newRow("8Ei - 1 below cap") << u"9223372036854775806"_s << u"8Ei"_s << -1;
    QTest::newRow("1Ei == 2^60") << u"1Ei"_s << u"1152921504606846976"_s << 0;
    QTest::newRow("1E == 10^18") << u"1E"_s << u"1000000000000000000"_s << 0;
    QTest::newRow("1e-9 == 1n") << u"1e-9"_s << u"1n"_s << 0;
    QTest::newRow("1e-99 rounds up to 1n") << u"1e-99"_s << u"1n"_s << 0;
    QTest::newRow("0e99 == 0") << u"0e99"_s << u"0"_s << 0;
    QTest::newRow("long fraction")
        << u"0.1000000000000000000000000000001"_s << u"100000001n"_s << 0;
}

void TestQuantity::compares()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, order);
    const auto l = Quantity::parse(left);
    const auto r = Quantity::parse(right);
    QVERIFY(l && r);
    QCOMPARE(*l == *r, order == 0);
    QCOMPARE(*l < *r, order < 0);
    QCOMPARE(*l > *r, order > 0);
    QCOMPARE(*r<*l, order> 0);
}

void TestQuantity::wholeAndNegative_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<bool>("negative");
    QTest::newRow("1") << u"1"_s << true << false;
    QTest::newRow("0") << u"0"_s << true << false;
    QTest::newRow("-2") << u"-2"_s << true << true;
    QTest::newRow("0.5") << u"0.5"_s << false << false;
    QTest::newRow("1000m") << u"1000m"_s << true << false;
    QTest::newRow("1500m") << u"1500m"_s << false << false;
    QTest::newRow("2.0") << u"2.0"_s << true << false;
    QTest::newRow("1e3") << u"1e3"_s << true << false;
    QTest::newRow("12E-2") << u"12E-2"_s << false << false;
    QTest::newRow("1Ki") << u"1Ki"_s << true << false;
    QTest::newRow("-1m") << u"-1m"_s << false << true;
    QTest::newRow("-0") << u"-0"_s << true << false;
}

void TestQuantity::wholeAndNegative()
{
    QFETCH(QString, text);
    QFETCH(bool, whole);
    QFETCH(bool, negative);
    const auto q = Quantity::parse(text);
    QVERIFY(q);
    QCOMPARE(q->isWholeNumber(), whole);
    QCOMPARE(q->isNegative(), negative);
}

void TestQuantity::keepsText()
{
    QCOMPARE(Quantity::parse(u"+1.50Gi"_s)->toString(), u"+1.50Gi"_s);
    QCOMPARE(Quantity::parse(u".5"_s)->toString(), u".5"_s);
}

void TestQuantity::grammarHelpIsASentence()
{
    const QString help = Quantity::grammarHelp();
    QVERIFY(help.endsWith(u'.'));
    QVERIFY(help.contains(u"Mi"_s));
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
