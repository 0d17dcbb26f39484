#include "warning_sign_text.h"

namespace kt::app {

WarningSignContent warningSignText(ContentStore& content, const WarningSign& flag) {
    if (auto text = content.warningSign(flag.id)) {
        return std::move(*text);
    }
    return {flag.id, flag.name, flag.advice, flag.sources};
}

} // namespace kt::app
