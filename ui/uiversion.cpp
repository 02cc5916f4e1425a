// Placeholder translation unit; replaced as the window grows.
namespace CoapUi { const char *version() { return COAP_EXPLORER_VERSION; } }
