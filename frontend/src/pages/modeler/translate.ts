import i18n from '../../i18n';

/** The bpmn-js and properties-panel labels modellers meet most; others stay English. */
const ZH: Record<string, string> = {
  General: '常规',
  Name: '名称',
  ID: '编号',
  Documentation: '说明文档',
  'Element documentation': '元素说明',
  'Process documentation': '流程说明',
  'Version tag': '版本标签',
  Executable: '可执行',
  'History cleanup': '历史清理',
  'Time to live': '保留时长',
  'User assignment': '任务分配',
  Assignee: '处理人',
  'Candidate groups': '候选组',
  'Candidate users': '候选用户',
  'Due date': '到期时间',
  'Follow up date': '跟进时间',
  Priority: '优先级',
  Forms: '表单',
  Type: '类型',
  'Form reference': '表单引用',
  Binding: '绑定方式',
  Inputs: '输入',
  Outputs: '输出',
  'Execution listeners': '执行监听器',
  'Task listeners': '任务监听器',
  'Extension properties': '扩展属性',
  Implementation: '实现方式',
  'Asynchronous continuations': '异步延续',
  Condition: '条件',
  'Create StartEvent': '创建开始事件',
  'Create EndEvent': '创建结束事件',
  'Create Task': '创建任务',
  'Create Gateway': '创建网关',
  'Append Task': '追加任务',
  'Append EndEvent': '追加结束事件',
  'Append Gateway': '追加网关',
  'Activate the hand tool': '抓手工具',
  'Activate the lasso tool': '套索工具',
  'Activate the create/remove space tool': '调整间距工具',
  'Activate the global connect tool': '连线工具',
  'Connect using Sequence/MessageFlow or Association': '用顺序流、消息流或关联连接',
  Delete: '删除',
  'Change type': '更改类型',
};

export function translate(template: string, replacements: Record<string, string> = {}): string {
  const text = i18n.language === 'zh-CN' ? (ZH[template] ?? template) : template;
  return text.replace(/{([^}]+)}/g, (_, name: string) => replacements[name] ?? `{${name}}`);
}

/** Replaces bpmn-js's translate service. */
export const translateModule = { translate: ['value', translate] };
