/* "Var bor du?" (hjalpguide.contacts.finder): a municipality by name or postal code. */
(function(){var f=document.getElementById("hjalp-finder");if(!f||!window.fetch||!"".normalize)return;
var q=f.querySelector("input"),st=f.querySelector("[role=status]"),out=f.querySelector("ul"),d=f.dataset,codes=null,turn=0;
var all=[].map.call(document.querySelectorAll(".hjalp-municipalities li"),function(li){var a=li.querySelector("a");return{k:li.dataset.k,code:li.dataset.code,name:a.textContent,href:a.getAttribute("href")}});
function norm(s){return s.normalize("NFD").replace(/[\u0300-\u036f]/g,"").toLowerCase().replace(/[^a-z0-9]+/g," ").trim()}
function fill(s,v){return s.replace(/\{(\w+)\}/g,function(m,k){return k in v?v[k]:m})}
function show(text,items){st.textContent=text;out.textContent="";items.forEach(function(m){var li=document.createElement("li"),a=document.createElement("a");a.href=m.href;a.textContent=m.name;if(m.code)li.lang="sv";li.appendChild(a);out.appendChild(li)})}
var list={name:d.list,href:"#kommuner"};
function byName(v){var k=norm(v);if(!k){show(v.trim()?d.none:"",v.trim()?[list]:[]);return}
var hits=all.filter(function(m){return m.k.indexOf(k)===0||m.k.indexOf(" "+k)>=0});
hits.sort(function(a,b){return(b.k.indexOf(k)===0)-(a.k.indexOf(k)===0)||a.name.localeCompare(b.name,"sv")});
if(hits.length)show(fill(d.found,{n:hits.length}),hits.slice(0,8));else show(d.none,[list])}
function load(){if(!codes)codes=fetch(d.postal||"-").then(function(r){if(!r.ok)throw r.status;return r.json()}).then(function(j){var m={};Object.keys(j.codes).forEach(function(c){var n=0;j.codes[c].split(",").forEach(function(x){n+=+x;m[n]=c})});var p={};Object.keys(m).forEach(function(c){var k=("0000"+c).slice(-5).slice(0,3);p[k]=(k in p&&p[k]!==m[c])?"":m[c]});return{m:m,p:p}});return codes}
function byCode(digits,me,sent){if(digits.length!==5){show(sent||digits.length>5?d.postalDigits:"",[]);load().catch(function(){});return Promise.resolve()}
var code="\u2066"+digits.slice(0,3)+" "+digits.slice(3)+"\u2069";
st.textContent=d.loading;return load().then(function(m){if(me!==turn)return;var hit=all.filter(function(x){return x.code===m.m[+digits]})[0],near=all.filter(function(x){return x.code===m.p[digits.slice(0,3)]})[0];
if(hit)show(fill(d.postalFound,{code:code,name:hit.name}),[hit]);else if(near)show(fill(d.postalNear,{code:code,prefix:"\u2066"+digits.slice(0,3)+"\u2069",name:near.name}),[near,list]);else show(fill(d.postalUnknown,{code:code}),[list])},function(){codes=null;if(me===turn)show(d.failed,[list])})}
function latin(s){return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g,function(c){return String((c.charCodeAt(0)&15))})}
function run(sent){var v=latin(q.value),digits=v.replace(/\s+/g,"");turn++;return/^\d+$/.test(digits)?byCode(digits,turn,sent===true):Promise.resolve(byName(v))}
f.hidden=false;q.addEventListener("input",run);
f.addEventListener("submit",function(e){e.preventDefault();run(true).then(function(){var a=out.querySelector("a");if(a)a.click()})})})();
