package nl.eisenwijzer.tender;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The tender store on the application's data source (H2 file by default, PostgreSQL by configuration). */
@Configuration(proxyBeanMethods = false)
class TenderConfiguration {

    @Bean
    TenderStore tenderStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new TenderStore(jdbc, new TransactionTemplate(transactions), Clock.systemUTC());
    }
}
