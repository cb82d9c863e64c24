package org.policyflow.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Object variables deserialize only to the types PolicyFlow itself stores: lists and maps of plain values
 * (department ids, DMN results), which Camunda's default validator already allows (java.lang and the java.util
 * collections). A JSON variable that names any other class in its objectTypeName (java.io.File, a gadget class) is
 * refused instead of instantiated, and Java serialization stays off, so a serialized payload is refused when set.
 */
@Component
class TypedVariablesOnly extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setDeserializationAllowedPackages(null);
        configuration.setDeserializationAllowedClasses(null);
    }
}
