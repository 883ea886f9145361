(function(){var f=document.querySelector(".hjalp-filter");if(!f)return;f.hidden=false;
var n=f.querySelector("#hjalp-filter-name"),k=f.querySelector("#hjalp-filter-kind"),l=f.querySelector("#hjalp-filter-lang"),none=f.querySelector(".hjalp-filter__none");
function has(list,v){return !v||(" "+list+" ").indexOf(" "+v+" ")>=0}
function run(){var q=n.value.trim().toLowerCase(),shown=0;
document.querySelectorAll(".hjalp-county").forEach(function(c){var any=false;
c.querySelectorAll("li[data-name]").forEach(function(li){var ok=li.dataset.name.indexOf(q)>=0&&has(li.dataset.kinds,k.value)&&has(li.dataset.langs,l?l.value:"");li.hidden=!ok;if(ok){any=true;shown++}});
c.hidden=!any});none.hidden=shown>0}
f.addEventListener("input",run);f.addEventListener("change",run);f.addEventListener("submit",function(e){e.preventDefault()})})();
