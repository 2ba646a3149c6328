#include "DocsEndpoints.h"

#include "ApiRoutes.h"

#include <QFile>

namespace {
QByteArray openApiDocument()
{
    QFile file(QStringLiteral(":/tokendesk-server/openapi.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

DocsEndpoints::DocsEndpoints(ApiRoutes &router)
{
    // Read once: the document is part of the binary and never changes while it runs.
    router.addRoute("GET", QStringLiteral("/api/v1/openapi.json"),
                    [document = openApiDocument()](const ApiRequest &) {
                        if (document.isEmpty())
                            return ApiResponse::error(
                                500, QStringLiteral("internal"),
                                QStringLiteral("This build has no API description."));
                        ApiResponse response;
                        response.status = 200;
                        response.body = document;
                        return response;
                    });
}
