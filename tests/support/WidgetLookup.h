#pragma once

#include <QObject>
#include <QTest>

// Declares `Type *variable` as the child of `parent` named `objectName` and fails the test
// function (returns from it) when there is none, so that no test goes on with a null widget:
//
//     HB_FIND_WIDGET(QLineEdit, url, dialog, "serviceUrlEdit");
#define HB_FIND_WIDGET(Type, variable, parent, objectName)                                         \
    auto *variable = (parent)->findChild<Type *>(QStringLiteral(objectName));                      \
    QVERIFY2(variable != nullptr, "no " #Type " named " objectName)
