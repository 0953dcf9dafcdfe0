#pragma once

#include <QByteArray>
#include <QHttpServerRequest>

// The name of an HTTP method as it stands in a request line ("GET", "POST", ...), for the
// servers built on Qt HttpServer: the delivery receiver and the sandbox.
QByteArray httpMethodName(QHttpServerRequest::Method method);
