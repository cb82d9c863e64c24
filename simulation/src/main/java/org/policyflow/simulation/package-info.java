/**
 * The year simulation: a client of a running PolicyFlow that plays the plans' year through its HTTP API, as the
 * departments and the coordinating office would ({@link org.policyflow.simulation.SimulateCommand}, docs/simulation.md).
 * It has no access to the server's code or tables: what it knows of the server's JSON it keeps in its own types.
 */
package org.policyflow.simulation;
