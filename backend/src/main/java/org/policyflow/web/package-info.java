/**
 * What every HTTP answer shares: the single-page app's client-side routes, error responses as RFC 9457 problem
 * details (also for the engine's REST API), and the OpenAPI description of PolicyFlow's own API.
 * <p>
 * Owns no tables. Publishes {@link org.policyflow.web.UnreadableBody}, the one answer to a request body that cannot
 * be read.
 */
@org.policyflow.OwnsTables
package org.policyflow.web;
