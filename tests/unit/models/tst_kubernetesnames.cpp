// SPDX-License-Identifier: Apache-2.0
#include "spec/kubernetesnames.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Runbench::Models::KubernetesNames;

using Check = QString (*)(const QString &, const QString &);
Q_DECLARE_METATYPE(Check)

// Checks the Kubernetes name rules against vectors from the API validation tests.
class TestKubernetesNames : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void messageNamesFieldAndValue();
};

namespace {

void addRows(const char *rule, Check check, std::initializer_list<QString> valid,
             std::initializer_list<QString> invalid)
{
    int i = 0;
    for (const QString &value : valid)
        QTest::addRow("%s valid %d", rule, i++) << check << value << true;
    i = 0;
    for (const QString &value : invalid)
        QTest::addRow("%s invalid %d", rule, i++) << check << value << false;
}

QString repeated(char c, int count)
{
    return QString(count, QLatin1Char(c));
}

} // namespace

void TestKubernetesNames::check_data()
{
    QTest::addColumn<Check>("check");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    const QString label63 = repeated('a', 63);
    const QString label64 = repeated('a', 64);
    addRows("label", &KubernetesNames::checkDns1123Label,
            {u"a"_s, u"ab"_s, u"abc"_s, u"a1"_s, u"a-1"_s, u"a--1--2--b"_s, u"0"_s, u"01"_s,
             u"1-a"_s, label63},
            {u""_s, u"A"_s, u"ABC"_s, u"aBc"_s, u"A1"_s, u"a-1-"_s, u"-a"_s, u"a-"_s, u"a_b"_s,
             u"a.b"_s, u"a b"_s, u" a"_s, u"a "_s, u"a@b"_s, u"é"_s, label64});

    const QString subdomain253 = (repeated('a', 63) + u'.').repeated(3) + repeated('a', 61);
    const QString subdomain254 = subdomain253 + u'a';
    addRows("subdomain", &KubernetesNames::checkDns1123Subdomain,
            {u"a"_s, u"a.b"_s, u"a.b.c"_s, u"1.2.3"_s, u"a-1.b-2"_s, u"0.a"_s, u"a.0"_s,
             u"a--1--2--b.c"_s, label63 + u".a"_s, subdomain253,
             // like the API server, parts of a subdomain are not limited to 63 characters
             label64 + u".a"_s},
            {u""_s, u"A"_s, u"a.B"_s, u"-a"_s, u"a-"_s, u".a"_s, u"a."_s, u"a..b"_s, u"a_b"_s,
             u"a.-b"_s, u"a-.b"_s, u"a b"_s, subdomain254});

    addRows("label key", &KubernetesNames::checkLabelKey,
            {u"simple"_s, u"now-with-dashes"_s, u"1-starts-with-num"_s, u"1234"_s,
             u"simple/simple"_s, u"now-with-dashes/simple"_s, u"now-with-dashes/now-with-dashes"_s,
             u"now.with.dots/simple"_s, u"now-with.dashes-and.dots/simple"_s,
             u"1-num.2-num/3-num"_s, u"1234/5678"_s, u"1.2.3.4/5678"_s, u"Uppercase_Is_OK_123"_s,
             u"example.com/Uppercase_Is_OK_123"_s, u"kubernetes.io/arch"_s,
             u"nvidia.com/gpu.product"_s, label63, u"a.b/"_s + label63, subdomain253 + u"/a"_s},
            {u""_s, u"nospecialchars%^=@"_s, u"cantendwithadash-"_s, u"-cantstartwithadash"_s,
             u"only/one/slash"_s, u"Example.com/abc"_s, u"example_com/abc"_s, u"example.com/"_s,
             u"/simple"_s, u"example.com/-dash"_s, u"a b"_s, label64, u"a.b/"_s + label64,
             subdomain254 + u"/a"_s});

    addRows("label value", &KubernetesNames::checkLabelValue,
            {u""_s, u"simple"_s, u"now-with-dashes"_s, u"1-starts-with-num"_s, u"end-with-num-1"_s,
             u"1234"_s, u"A"_s, u"A.b_C-d"_s, u"a"_s, label63},
            {u"nospecialchars%^=@"_s, u"Tama-nui-te-rā.is.Māori.sun"_s, u"\\backslashes\\"_s,
             u"-starts-with-dash"_s, u"ends-with-dash-"_s, u".starts.with.dot"_s,
             u"ends.with.dot."_s, u"a/b"_s, u"a b"_s, label64});

    addRows("env name", &KubernetesNames::checkEnvVarName,
            {u"A"_s, u"ABC"_s, u"AbC_123"_s, u"abc"_s, u"a.b"_s, u"a-b"_s, u"_A"_s, u"-A"_s,
             u".A"_s, u"..ok"_s, u"V3IO_API"_s},
            {u""_s, u"1ABC"_s, u"A=B"_s, u"A B"_s, u"a$b"_s, u"9"_s, u"é"_s});

    addRows("absolute path", &KubernetesNames::checkAbsolutePath,
            {u"/"_s, u"/data"_s, u"/mnt/pipeline"_s, u"/dev/shm"_s, u"/with space"_s},
            {u""_s, u"data"_s, u"./data"_s, u"~/data"_s, u"/a:b"_s, u"C:/data"_s});
}

void TestKubernetesNames::check()
{
    QFETCH(Check, check);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QString message = check(value, u"Field"_s);
    if (valid) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
    } else {
        QVERIFY2(!message.isEmpty(), qPrintable(value));
        QVERIFY(message.startsWith(u"Field"_s));
        QVERIFY(message.endsWith(u'.'));
    }
}

void TestKubernetesNames::messageNamesFieldAndValue()
{
    const QString message = KubernetesNames::checkDns1123Label(u"My_Volume"_s, u"Volume name"_s);
    QVERIFY(message.startsWith(u"Volume name 'My_Volume' "_s));
    QVERIFY(KubernetesNames::checkDns1123Label(repeated('a', 64), u"Name"_s).contains(u"63"_s));
    QVERIFY(KubernetesNames::checkLabelKey(u"a/b/c"_s, u"Key"_s).contains(u"'/'"_s));
}

QTEST_GUILESS_MAIN(TestKubernetesNames)
#include "tst_kubernetesnames.moc"
