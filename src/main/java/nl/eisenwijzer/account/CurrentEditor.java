package nl.eisenwijzer.account;

import nl.eisenwijzer.tender.Editor;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method that asks for an {@link Editor} the signed-in user and their organisation, so
 * that no controller reads the security context itself.
 */
final class CurrentEditor implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Editor.class;
    }

    @Override
    public Editor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        return current();
    }

    /** The signed-in editor; the security configuration lets no request without one reach a tender. */
    static Editor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedIn signedIn)) {
            throw new IllegalStateException("no signed-in account for a request that needs one");
        }
        return new Editor(signedIn.account().name() == null ? signedIn.getUsername() : signedIn.account().name()
                + " (" + signedIn.getUsername() + ")", signedIn.account().organisation());
    }
}
