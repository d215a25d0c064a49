/**
 * Metrics for administrators at {@code /actuator/prometheus}: Spring Boot's (HTTP requests per
 * route, the connection pool, the JVM) and OneGrid's own, which the database knows ({@link
 * ServiceGauges}: the analysis queue and its lag, live sessions).
 */
package cn.onegrid.server.metrics;
