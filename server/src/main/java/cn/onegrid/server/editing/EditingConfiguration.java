package cn.onegrid.server.editing;

import cn.onegrid.data.analysis.WhatIf;
import cn.onegrid.data.editing.AreaEditor;
import cn.onegrid.data.editing.History;
import cn.onegrid.data.editing.Plans;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EditingConfiguration {

  @Bean
  AreaEditor areaEditor(DataSource dataSource) {
    return new AreaEditor(dataSource);
  }

  @Bean
  Plans plans(DataSource dataSource) {
    return new Plans(dataSource);
  }

  @Bean
  History history(DataSource dataSource) {
    return new History(dataSource);
  }

  @Bean
  WhatIf whatIf(DataSource dataSource) {
    return new WhatIf(dataSource);
  }
}
