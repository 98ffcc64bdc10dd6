/** Misspellings seen in, or typical of, published annual reports: each wrong form is found as written
 *  and replaced by the right one. An entry belongs here only if the wrong form is never correct in a
 *  report (not a word of its own, not the start or end of a common word): the rule has no context to
 *  tell a right use from a wrong one. Left out for that reason: 截止 (截止日期 is right), 其它, 布署
 *  (发布署名), 授理 (传授理论), 既使 (既使…又…), 拔打 (选拔打造). Users add their own with the
 *  rule's `extra` option. */

export interface KnownTypo {
  wrong: string;
  right: string;
  /** Why it is wrong or where it was seen. */
  reason: string;
}

export const KNOWN_TYPOS: readonly KnownTypo[] = [
  // --- seen in published reports of this genre
  { wrong: '不子公开', right: '不予公开', reason: '「予」误作形近的「子」；见于已发布年报' },
  { wrong: '予于公开', right: '予以公开', reason: '「以」误作「于」，表三办理结果的标准用语是「予以公开」' },
  { wrong: '残差不齐', right: '参差不齐', reason: '「参差」误作「残差」；见于已发布年报' },
  { wrong: '仍在不足', right: '仍存在不足', reason: '漏了「存」；见于已发布年报' },
  { wrong: '重新涉及', right: '重新设计', reason: '「设计」误作同音的「涉及」；见于已发布年报' },
  // 「先行」本身是词（先行先试、先行有效处置），只在「现行有效」的固定搭配里算错。
  { wrong: '先行有效件数', right: '现行有效件数', reason: '「现行」误作同音的「先行」；表二列名为「现行有效件数」' },
  { wrong: '先行有效的规范性文件', right: '现行有效的规范性文件', reason: '「现行」误作同音的「先行」' },
  { wrong: '先行有效规范性文件', right: '现行有效规范性文件', reason: '「现行」误作同音的「先行」' },
  { wrong: '绝大数', right: '绝大多数', reason: '漏了「多」；见于已发布年报' },
  { wrong: '条列》', right: '条例》', reason: '《政府信息公开条例》的「例」误作「列」' },
  { wrong: '依申清', right: '依申请', reason: '「请」误作形近的「清」' },
  { wrong: '不子处理', right: '不予处理', reason: '「予」误作形近的「子」；表三办理结果的标准用语是「不予处理」' },
  { wrong: '告之申请人', right: '告知申请人', reason: '「告知」误作「告之」' },
  { wrong: '规范型文件', right: '规范性文件', reason: '「性」误作同音的「型」；表二行名为「行政规范性文件」' },
  { wrong: '行政付议', right: '行政复议', reason: '「复」误作同音的「付」' },
  { wrong: '行政复义', right: '行政复议', reason: '「议」误作同音的「义」' },
  { wrong: '行政诉松', right: '行政诉讼', reason: '「讼」误作形近的「松」' },
  { wrong: '信息处里费', right: '信息处理费', reason: '「理」误作同音的「里」' },
  { wrong: '贯切落实', right: '贯彻落实', reason: '「彻」误作同音的「切」' },
  { wrong: '决策部属', right: '决策部署', reason: '「部署」误作「部属」（部属指下属）' },
  { wrong: '长抓不懈', right: '常抓不懈', reason: '成语为「常抓不懈」' },
  { wrong: '明查暗访', right: '明察暗访', reason: '成语为「明察暗访」' },
  // --- common misspellings (《现代汉语词典》 forms; lists of 常见错别字)
  { wrong: '再接再励', right: '再接再厉', reason: '成语为「再接再厉」' },
  { wrong: '一如继往', right: '一如既往', reason: '成语为「一如既往」' },
  { wrong: '迫不急待', right: '迫不及待', reason: '成语为「迫不及待」' },
  { wrong: '按步就班', right: '按部就班', reason: '成语为「按部就班」' },
  { wrong: '循序渐近', right: '循序渐进', reason: '成语为「循序渐进」' },
  { wrong: '以身做则', right: '以身作则', reason: '成语为「以身作则」' },
  { wrong: '持之以衡', right: '持之以恒', reason: '成语为「持之以恒」' },
  { wrong: '融汇贯通', right: '融会贯通', reason: '成语为「融会贯通」' },
  { wrong: '名符其实', right: '名副其实', reason: '成语为「名副其实」' },
  { wrong: '众志成诚', right: '众志成城', reason: '成语为「众志成城」' },
  { wrong: '迫在眉捷', right: '迫在眉睫', reason: '成语为「迫在眉睫」' },
  { wrong: '直接了当', right: '直截了当', reason: '成语为「直截了当」' },
  { wrong: '墨守陈规', right: '墨守成规', reason: '成语为「墨守成规」' },
  { wrong: '默守成规', right: '墨守成规', reason: '成语为「墨守成规」' },
  { wrong: '一股作气', right: '一鼓作气', reason: '成语为「一鼓作气」' },
  { wrong: '发人深醒', right: '发人深省', reason: '成语为「发人深省」' },
  { wrong: '不径而走', right: '不胫而走', reason: '成语为「不胫而走」' },
  { wrong: '编篡', right: '编纂', reason: '「纂」误作形近的「篡」' },
  { wrong: '震憾', right: '震撼', reason: '「撼」误作形近的「憾」' },
  { wrong: '松驰', right: '松弛', reason: '「弛」误作形近的「驰」' },
  { wrong: '防碍', right: '妨碍', reason: '「妨」误作同音的「防」' },
  { wrong: '幅射', right: '辐射', reason: '「辐」误作形近的「幅」' },
  { wrong: '国藉', right: '国籍', reason: '「籍」误作形近的「藉」' },
  { wrong: '气慨', right: '气概', reason: '「概」误作形近的「慨」' },
];
