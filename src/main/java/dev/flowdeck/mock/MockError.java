package dev.flowdeck.mock;

/** An error the backend answers the way the service does: status, x-amzn-ErrorType, message. */
class MockError extends RuntimeException {
    final int status;
    final String errorType;

    MockError(int status, String errorType, String message) {
        super(message);
        this.status = status;
        this.errorType = errorType;
    }

    static MockError notFound(String message) {
        return new MockError(404, "NotFoundException", message);
    }

    static MockError badRequest(String message) {
        return new MockError(400, "BadRequestException", message);
    }
}
