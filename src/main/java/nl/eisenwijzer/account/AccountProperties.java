package nl.eisenwijzer.account;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The accounts ({@code eisenwijzer.accounts[n].username|password|organisation|name}) and the hint the
 * sign-in page shows ({@code eisenwijzer.sign-in-hint}; the bundled configuration names its demo accounts).
 */
@ConfigurationProperties("eisenwijzer")
public record AccountProperties(List<Account> accounts, String signInHint) {

    public AccountProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            for (String[] field : new String[][] {{"username", account.username()}, {"password", account.password()},
                    {"organisation", account.organisation()}}) {
                if (field[1] == null || field[1].isBlank()) {
                    throw new IllegalArgumentException("eisenwijzer.accounts[" + i + "]." + field[0] + " is required");
                }
            }
        }
    }
}
