package cn.onegrid.data.analysis;

import cn.onegrid.geo.health.Finding;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark-only access to the package-private stages of {@link Analyst}, so the breakdown times
 * the production loader and store rather than copies of them. It lives in the bench module, in
 * data's package (a split package: fine on the class path, which is all a benchmark jar has); if a
 * stage is renamed, the benchmark build fails and this class follows it.
 */
public final class AnalysisStages {

  private final AnalysisInputs inputs;
  private final AnalysisStore store;
  private final TransactionTemplate transactions;

  public AnalysisStages(DataSource dataSource) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    MetricFrame frame = MetricFrame.standard();
    this.inputs = new AnalysisInputs(jdbc, frame);
    this.store = new AnalysisStore(jdbc, frame);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** What {@code Analyst} loads for these committees (WKB read and projected to metres). */
  public List<CommitteeInput> load(List<Long> committeeIds) {
    return inputs.load(committeeIds);
  }

  /** Stores the results in one transaction, as {@code Analyst} does per batch. */
  public void store(List<CommitteeResult> results) {
    transactions.executeWithoutResult(status -> store.replace(results));
  }

  /** Stores a town's committee-partition findings, as {@code Analyst} does. */
  public void storeTown(int townId, List<Finding> findings) {
    transactions.executeWithoutResult(status -> store.replaceTownFindings(townId, findings));
  }
}
