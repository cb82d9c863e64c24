package org.policyflow;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of PolicyFlow itself (prefix {@code policyflow}).
 *
 * @param dataDir folder of the embedded H2 database and of stored attachments
 *                (property {@code policyflow.data-dir}, environment {@code POLICYFLOW_DATA_DIR})
 */
@ConfigurationProperties("policyflow")
public record PolicyFlowProperties(@DefaultValue("./data") Path dataDir) {
}
