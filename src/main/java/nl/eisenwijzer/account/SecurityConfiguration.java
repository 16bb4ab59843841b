package nl.eisenwijzer.account;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two filter chains. The API ({@code /api/**}): stateless, no CSRF (no cookies), tender resources behind
 * HTTP Basic with a problem+json 401, the rest open as before. The pages: everything behind the sign-in
 * form except the sign-in page itself, the static assets and the error page; CSRF tokens on every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint problem = (request, response, e) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("WWW-Authenticate", "Basic realm=\"Eisenwijzer\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            // The API's problem type for a bare HTTP status (api.ProblemTypes.forStatus), written here because the
            // security filters answer before the API's handlers.
            response.getWriter().write("{\"type\":\"https://eisenwijzer.nl/problems/http-401\",\"title\":\"Unauthorized\","
                    + "\"status\":401,\"detail\":\"saved tenders need an account: send HTTP Basic credentials of a user "
                    + "of your organisation\",\"instance\":\"" + request.getRequestURI().replace("\"", "%22") + "\"}");
        };
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/api/v1/tenders", "/api/v1/tenders/**").authenticated()
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problem))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problem))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/aanmelden", "/vendor/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/aanmelden").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/afmelden").logoutSuccessUrl("/aanmelden?afgemeld"))
                .build();
    }

    @Bean
    UserDetailsService accounts(AccountProperties properties) {
        Map<String, Account> byName = properties.accounts().stream()
                .collect(Collectors.toMap(Account::username, Function.identity()));
        return username -> {
            Account account = byName.get(username);
            if (account == null) {
                throw new UsernameNotFoundException("no account " + username);
            }
            return new SignedIn(account);
        };
    }

    /** Hashes with their prefix ({bcrypt}, {argon2}, …), so accounts can move to a stronger hash one by one. */
    @Bean
    PasswordEncoder passwords() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentEditor());
    }
}
