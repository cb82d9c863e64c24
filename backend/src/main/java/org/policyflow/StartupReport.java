package org.policyflow;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/** Tells the operator, in one line, where PolicyFlow answers and where its data lives. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final PolicyFlowProperties properties;
    private final DataSource dataSource;

    StartupReport(PolicyFlowProperties properties, DataSource dataSource) {
        this.properties = properties;
        this.dataSource = dataSource;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) throws Exception {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        String database = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getURL());
        log.info("PolicyFlow is ready at http://localhost:{}/ (data folder {}, database {})",
                port, properties.dataDir().toAbsolutePath().normalize(), database);
    }
}
