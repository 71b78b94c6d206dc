package dev.storyatlas.studio;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for the studio alone. Every decision here is made when the app starts, from the
 * configuration it starts with (the production jar's context is prepared at build time, where
 * conditions on properties would be frozen). While the studio is off, Spring Security's filter is not
 * in the server at all and there is no user, generated or otherwise. While it is on, only the requests
 * of {@link StudioRequests} pass through Spring Security, with Vaadin's integration (sign-in view,
 * CSRF for what is not Vaadin's own, access checks on views), and the app's own filters keep every
 * header: the policy with its framing rules, caching, cookies.
 */
@Configuration(proxyBeanMethods = false)
class StudioSecurity {

    /** The editors of the configuration; an operator's single sign-on replaces this bean (see README). */
    @Bean
    UserDetailsService studioAccounts(StudioProperties studio) {
        List<UserDetails> editors = studio.accounts().entrySet().stream()
                .map(account -> User.withUsername(account.getKey()).password(account.getValue().strip()).roles(StudioProperties.ROLE).build())
                .toList();
        return new InMemoryUserDetailsManager(studio.on() ? editors : List.of());
    }

    /** Reads every scheme Spring knows by its {@code {id}}: bcrypt, argon2, pbkdf2, scrypt. */
    @Bean
    PasswordEncoder studioPasswords() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain studioFilterChain(HttpSecurity http, StudioProperties studio) throws Exception {
        StudioRequests requests = new StudioRequests();
        http.securityMatcher(studio.on() ? requests : request -> false)
                // the app's filters own the headers (web.SecurityHeadersFilter, embed.FramingPolicyFilter, the API's caching)
                .headers(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED));
        if (!studio.on()) {
            return http.csrf(AbstractHttpConfigurer::disable).requestCache(AbstractHttpConfigurer::disable).build();
        }
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers(StudioRequests.LOGIN).permitAll()
                        .requestMatchers(StudioRequests.PATH, StudioRequests.PATH + "/**").hasRole(StudioProperties.ROLE))
                .logout(logout -> logout.logoutUrl(StudioRequests.LOGOUT))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(StudioRequests.LOGIN, StudioRequests.LOGIN)
                        .defaultSuccessUrl(StudioRequests.PATH, true)
                        // the rest of the app is public: the rules above and the views' annotations guard the studio
                        .anyRequest(AuthorizedUrl::permitAll));
        return http.build();
    }

    /** Spring's strict firewall for the studio's requests, the app's own handling for every other. */
    @Bean
    WebSecurityCustomizer studioFirewall() {
        return web -> web.httpFirewall(new StudioFirewall(new StudioRequests()));
    }

    /** Leaves Spring Security's filter out of the server while the studio is off. */
    @Bean
    static BeanPostProcessor securityFilterOnlyWithTheStudio(Environment environment) {
        boolean on = Binder.get(environment).bind("storyatlas.studio", Bindable.of(StudioProperties.class))
                .map(StudioProperties::on).orElse(false);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration) {
                    registration.setEnabled(on);
                }
                return bean;
            }
        };
    }
}
